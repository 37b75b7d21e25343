package dev.chipscreen.core.extract;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.extract.UnreadableDocumentException.Reason;
import dev.chipscreen.core.ocr.Ocr;
import dev.chipscreen.core.ocr.OcrText;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Turns a document's bytes into pages of text: detects the real type from the bytes, sends
 * PDFs to PDFBox and the other supported formats to Tika, and reads attachments recursively
 * within the nesting and count limits. Pages without a usable text layer (scans) and image files
 * are OCRed when an engine is configured, within the OCR page cap and time budget. Throws {@link UnreadableDocumentException} when nothing
 * screenable comes out; a partly readable document returns its text with the gaps named.
 */
public final class DocumentExtractor {

  /** A multi-page image is counted up to this many times the OCR page cap, so the gap can say how much was left. */
  private static final int MAX_FRAMES_COUNTED_PER_OCR_PAGE = 4;

  private final Limits limits;
  private final Ocr ocr;
  private final MediaTypes mediaTypes = new MediaTypes();
  private final PdfTextExtractor pdf;
  /** Built on the first non-PDF file: loading Tika's parsers is most of a cold start that needs none. */
  private final Lazy<TikaTextExtractor> tika = new Lazy<>(TikaTextExtractor::new);

  public DocumentExtractor(Limits limits) {
    this(limits, Ocr.OFF);
  }

  public DocumentExtractor(Limits limits, Ocr ocr) {
    this.limits = limits;
    this.ocr = ocr;
    this.pdf = new PdfTextExtractor(limits);
  }

  /**
   * Reads a bundled one-page PDF on a background thread, so that PDFBox's classes and standard
   * fonts load on a second core while the caller loads its catalogue and lists: in the CLI's cold
   * start the two take about 200 ms each. Harmless where there is no second core.
   */
  public static void warmUpInBackground() {
    Thread thread = new Thread(() -> {
      try (var in = DocumentExtractor.class.getResourceAsStream("warm-up.pdf")) {
        if (in != null) {
          new PdfTextExtractor(Limits.DEFAULTS).extract(in.readAllBytes(), new ArrayList<>());
        }
      } catch (IOException | UnreadableDocumentException | RuntimeException e) {
        // A warm-up only: the real documents report their own failures.
      }
    }, "chipscreen-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  public String detect(byte[] bytes) {
    return mediaTypes.detect(bytes);
  }

  public ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    return extract(bytes, null);
  }

  /** As {@link #extract(byte[])}, with the type the caller has already detected from the bytes. */
  public ExtractedText extract(byte[] bytes, String detectedType) throws UnreadableDocumentException {
    return extract(bytes, detectedType, ocr.limits().maxMillis());
  }

  /**
   * As {@link #extract(byte[], String)}, with OCR given at most {@code ocrMillis} (its own budget
   * still applies): the caller's time left for the whole document.
   */
  public ExtractedText extract(byte[] bytes, String detectedType, long ocrMillis) throws UnreadableDocumentException {
    if (bytes.length == 0) {
      throw new UnreadableDocumentException(Reason.EMPTY, "the file is empty (0 bytes)");
    }
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new UnreadableDocumentException(Reason.TOO_LARGE, "the file has " + bytes.length
          + " bytes, more than the limit of " + limits.maxDocumentBytes());
    }
    String mediaType = detectedType != null ? detectedType : detect(bytes);
    Accumulator acc = new Accumulator(new OcrPass(ocr, ocrMillis));
    readInto(bytes, mediaType, "", 0, acc);
    List<ExtractedText.Gap> ocrGaps = new ArrayList<>();
    acc.ocr.finish(ocrGaps);
    acc.gaps.addAll(ocrGaps);
    acc.notes.addAll(acc.ocr.notes().stream().sorted().toList());
    ExtractedText text = new ExtractedText(mediaType, acc.pages, acc.gaps, acc.notes,
        acc.pages.stream().anyMatch(Page::ocred) ? acc.ocr.engine() : null);
    if (text.isBlank()) {
      throw blank(mediaType, acc, ocrGaps);
    }
    return text;
  }

  private UnreadableDocumentException blank(String mediaType, Accumulator acc, List<ExtractedText.Gap> ocrGaps) {
    String what = MediaTypes.isPdf(mediaType) ? "the PDF has no text layer (a scan?)"
        : MediaTypes.isImage(mediaType) ? "the file is an image (" + mediaType + ")"
        : "the " + mediaType + " document contains no text to screen";
    if (!acc.ocr.leftPagesUnread()) {
      return new UnreadableDocumentException(Reason.NO_TEXT, acc.ocr.enabled() && !MediaTypes.isReadByTika(mediaType)
          ? what + ", and OCR found no text on it" : what);
    }
    if (!acc.ocr.enabled()) {
      return new UnreadableDocumentException(Reason.NEEDS_OCR, what + "; OCR is not enabled here, so it could "
          + "not be screened");
    }
    StringBuilder detail = new StringBuilder(what).append(", and OCR did not read it:");
    for (ExtractedText.Gap gap : ocrGaps) {
      detail.append(' ').append(gap.reason()).append(": ").append(gap.detail()).append('.');
    }
    return new UnreadableDocumentException(Reason.OCR_FAILED, detail.toString());
  }

  private void readInto(byte[] bytes, String mediaType, String source, int depth, Accumulator acc)
      throws UnreadableDocumentException {
    if (MediaTypes.isPdf(mediaType)) {
      List<PageText> pages = pdf.extract(bytes, acc.gaps, acc.ocr, source);
      for (int i = 0; i < pages.size(); i++) {
        acc.addPage(pages.get(i), source.isEmpty() ? "" : source + ", page " + (i + 1));
      }
      return;
    }
    if (MediaTypes.isImage(mediaType)) {
      readImage(bytes, mediaType, source, acc);
      return;
    }
    if ("application/x-tika-ooxml".equals(mediaType)) {
      // An Office package whose parts Tika cannot even name: damaged.
      throw new UnreadableDocumentException(Reason.CORRUPT, "the Office file is damaged: its parts cannot be identified");
    }
    if (MediaTypes.isProtectedOffice(mediaType)) {
      throw new UnreadableDocumentException(Reason.ENCRYPTED,
          "the Office document is password-protected; ask the sender for an unprotected copy");
    }
    if (!MediaTypes.isReadByTika(mediaType)) {
      throw new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE, "the file is " + mediaType
          + ", a type chipscreen does not read (PDF, DOCX, XLSX, HTML, text/CSV and e-mail are read)");
    }
    int room = Math.max(1, limits.maxChars() - acc.chars);
    TikaTextExtractor.Result result = tika.get().extract(bytes, mediaType, room,
        limits.maxEmbeddedCount() - acc.embeddedCount, limits.maxDocumentBytes());
    acc.addPage(result.text(), source);
    if (result.charLimitReached()) {
      acc.gaps.add(new ExtractedText.Gap("CHAR_LIMIT", "text beyond " + limits.maxChars() + " characters was not screened"));
    }
    if (result.embeddedSkipped() > 0) {
      acc.gaps.add(new ExtractedText.Gap("ATTACHMENT_LIMIT", result.embeddedSkipped()
          + " attachments beyond the limit of " + limits.maxEmbeddedCount() + " were not screened"));
    }
    for (TikaTextExtractor.Embedded embedded : result.embedded()) {
      acc.embeddedCount++;
      readEmbedded(embedded, source, depth + 1, acc);
    }
  }

  /** An image file, or an image attachment: each frame is a page, OCRed when OCR is on. */
  private void readImage(byte[] bytes, String mediaType, String source, Accumulator acc)
      throws UnreadableDocumentException {
    if (MediaTypes.hasNoDecoder(mediaType)) {
      throw new UnreadableDocumentException(Reason.UNSUPPORTED_TYPE, "the file is " + mediaType
          + ", an image format with no decoder here; convert it to JPEG or PDF");
    }
    String where = source.isEmpty() ? "the image" : source;
    if (!acc.ocr.enabled()) {
      acc.ocr.admit(where);
      return;
    }
    // Frames are decoded one at a time and OCRed in parallel; results are collected in page order.
    List<String> labels = new ArrayList<>();
    List<Future<OcrText>> reads = new ArrayList<>();
    boolean undecodable = false;
    boolean admittedWhole = false;
    // Read once per file: the tag is in the JPEG's header, not per frame.
    int exifTurn = "image/jpeg".equals(mediaType) ? ExifOrientation.clockwiseTurn(bytes) : 0;
    try (ImageFrames frames = ImageFrames.open(bytes, ocr.limits().maxPixels())) {
      if (frames == null) {
        undecodable = true;
      } else {
        int total = frames.count(ocr.limits().maxPages() * MAX_FRAMES_COUNTED_PER_OCR_PAGE);
        for (int i = 0; i < total; i++) {
          String frameWhere = total == 1 ? where : where + ", page " + (i + 1);
          labels.add(total == 1 ? source : source.isEmpty() ? "page " + (i + 1) : frameWhere);
          if (!acc.ocr.admit(frameWhere)) {
            reads.add(null);
            continue;
          }
          BufferedImage frame = frames.read(i);
          if (frame == null && total == 1) {
            undecodable = true;
            admittedWhole = true;
            break;
          }
          if (frame == null) {
            acc.ocr.fail(frameWhere, "this page's encoding cannot be decoded here");
            reads.add(null);
            continue;
          }
          if (exifTurn != 0) {
            // A phone photo stored sideways with its EXIF tag saying so: stand it up as it was taken.
            frame = dev.chipscreen.core.ocr.ImagePrep.turnQuarter(frame, exifTurn);
            acc.notes.add(frameWhere + " was turned " + exifTurn + " degrees as its EXIF orientation says");
          }
          reads.add(acc.ocr.readAsync(frame, frameWhere));
        }
      }
    } catch (IOException | RuntimeException e) {
      acc.ocr.cancel(reads);
      throw new UnreadableDocumentException(Reason.CORRUPT, "the image could not be decoded: " + e.getMessage(), e);
    }
    if (undecodable) {
      // No JDK reader for it (WebP, CMYK JPEG): the engine's own decoders read the file, as one page.
      labels.clear();
      reads.clear();
      labels.add(source);
      reads.add(admittedWhole || acc.ocr.admit(where) ? acc.ocr.readEncodedAsync(bytes, where) : null);
    }
    for (int i = 0; i < reads.size(); i++) {
      OcrText read = acc.ocr.await(reads.get(i), labels.get(i));
      if (reads.get(i) != null) {
        acc.addPage(read == null ? new PageText("", null) : new PageText(read.text(), read), labels.get(i));
      }
    }
  }

  private void readEmbedded(TikaTextExtractor.Embedded embedded, String parentSource, int depth, Accumulator acc) {
    String label = embedded.name().isBlank() ? "attachment " + acc.embeddedCount : "attachment " + embedded.name();
    String source = parentSource.isEmpty() ? label : parentSource + " > " + label;
    if (embedded.bytes().length == 0) {
      return;
    }
    if (depth > limits.maxEmbeddedDepth()) {
      acc.gaps.add(new ExtractedText.Gap("NESTING_LIMIT", source + " is nested deeper than "
          + limits.maxEmbeddedDepth() + " levels and was not screened"));
      return;
    }
    if (embedded.truncated()) {
      acc.gaps.add(new ExtractedText.Gap("ATTACHMENT_UNREADABLE", source + " is larger than "
          + limits.maxDocumentBytes() + " bytes and was not screened"));
      return;
    }
    String mediaType = detect(embedded.bytes());
    if (MediaTypes.isImage(mediaType)) {
      int[] size = ImageFrames.size(embedded.bytes());
      if (size != null && Math.max(size[0], size[1]) < OcrPass.MIN_DOCUMENT_IMAGE_SIDE) {
        // Logos and signatures in mails and Office files: too small to be a page of a document.
        acc.notes.add(source + " is a small image (" + size[0] + "x" + size[1] + " px, a logo or signature?)"
            + " and was not OCRed");
        return;
      }
    }
    try {
      readInto(embedded.bytes(), mediaType, source, depth, acc);
    } catch (UnreadableDocumentException e) {
      acc.gaps.add(new ExtractedText.Gap("ATTACHMENT_UNREADABLE", source + ": " + e.reason() + ": " + e.getMessage()));
    }
  }

  /** Collects pages, gaps and notes across the document and its attachments. */
  private static final class Accumulator {
    private final OcrPass ocr;
    private final List<Page> pages = new ArrayList<>();
    private final List<ExtractedText.Gap> gaps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int chars;
    private int embeddedCount;

    Accumulator(OcrPass ocr) {
      this.ocr = ocr;
    }

    void addPage(String text, String source) {
      chars += text.length();
      pages.add(new Page(pages.size() + 1, text, source));
    }

    void addPage(PageText page, String source) {
      chars += page.text().length();
      pages.add(new Page(pages.size() + 1, page.text(), source, page.ocr() == null ? null : page.ocr().confidence()));
    }
  }
}
