package dev.chipscreen.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.OcrEngine;
import dev.chipscreen.core.ocr.OcrLimits;
import dev.chipscreen.core.ocr.OcrText;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ScanFixtures;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A document's OCR budget counts its own work, not its wait for a busy machine, and all the
 * documents screened at once share the machine's cores: never more OCR runs than cores. The
 * engine here answers at once, so what is tested is the accounting, not Tesseract's speed.
 */
class OcrBudgetTest {

  static final int PAGES = 4;
  /**
   * The document's whole OCR budget: some 25 times what its own pages need (image preparation of
   * four small page images, the engine answering at once), less than the wait below.
   */
  static final long BUDGET_MILLIS = 2_000;
  /** How long other documents hold every core before this one's pages get one. */
  static final long BUSY_MILLIS = 3_000;
  /** Small page images: their preparation is the only real work here. */
  static final int RENDER_DPI = 50;

  /** An engine that reads every page at once (after {@code workMillis}), counting reads running together. */
  static final class InstantEngine implements OcrEngine {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final long workMillis;

    InstantEngine(long workMillis) {
      this.workMillis = workMillis;
    }

    @Override
    public String describe() {
      return "instant";
    }

    @Override
    public OcrText read(BufferedImage page, long timeoutMillis) {
      mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(workMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        running.decrementAndGet();
      }
      return new OcrText("COMMERCIAL INVOICE NVIDIA H100 SXM5 80GB GPU 8 PCS", 0.95, 8);
    }

    @Override
    public OcrText readEncoded(byte[] image, long timeoutMillis) {
      return read(null, timeoutMillis);
    }
  }

  static byte[] scan(int pages) {
    List<String> texts = new ArrayList<>();
    for (int i = 1; i <= pages; i++) {
      texts.add("COMMERCIAL INVOICE page " + i + "\nNVIDIA H100 SXM5 80GB GPU 8 PCS USD 27,500.00");
    }
    return ScanFixtures.imagePdf(ScanFixtures.scan(Fixtures.pdf(texts), ScanFixtures.Scan.CLEAN, 1), 150);
  }

  @Test
  void waitingForABusyMachine_doesNotSpendTheOcrBudget() throws Exception {
    InstantEngine engine = new InstantEngine(0);
    Ocr ocr = new Ocr(engine, new OcrLimits(OcrLimits.DEFAULT_MAX_PAGES, BUDGET_MILLIS, OcrLimits.DEFAULT_MAX_PIXELS,
        RENDER_DPI));
    byte[] pdf = scan(PAGES);
    int cores = OcrPass.CORES.availablePermits();
    OcrPass.CORES.acquire(cores);
    Thread busy = Thread.ofPlatform().start(() -> {
      try {
        Thread.sleep(BUSY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        OcrPass.CORES.release(cores);
      }
    });

    ExtractedText text = new DocumentExtractor(Limits.DEFAULTS, ocr).extract(pdf, null, 60_000);
    busy.join();

    assertThat(text.gaps()).isEmpty();
    assertThat(text.ocrPages()).hasSize(PAGES);
  }

  @Test
  void documentsScreenedAtOnce_neverRunMoreOcrThanCores() throws Exception {
    InstantEngine engine = new InstantEngine(50);
    Ocr ocr = new Ocr(engine, new OcrLimits(OcrLimits.DEFAULT_MAX_PAGES, OcrLimits.DEFAULT_MAX_MILLIS,
        OcrLimits.DEFAULT_MAX_PIXELS, RENDER_DPI));
    byte[] pdf = scan(PAGES);
    int documents = 4;
    ExecutorService pool = Executors.newFixedThreadPool(documents);
    List<Future<ExtractedText>> results = new ArrayList<>();
    for (int i = 0; i < documents; i++) {
      results.add(pool.submit(() -> new DocumentExtractor(Limits.DEFAULTS, ocr).extract(pdf, null, 60_000)));
    }
    for (Future<ExtractedText> result : results) {
      assertThat(result.get().ocrPages()).hasSize(PAGES);
    }
    pool.shutdown();

    int cores = Math.min(OcrPass.MAX_PARALLEL_PAGES, Runtime.getRuntime().availableProcessors());
    assertThat(engine.mostAtOnce.get()).isBetween(1, cores);
  }
}
