package dev.chipscreen.benchmarks;

import dev.chipscreen.core.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark corpus: DIR/pdf holds text PDFs of 1 to 5 pages (invoices, bills of
 * lading, packing lists, some with controlled chips and parties); DIR/mixed holds DOCX, XLSX,
 * HTML, text and e-mail files; DIR/big.pdf is a 400-page text PDF and DIR/one-page.pdf a one-page
 * invoice for the cold-start runs. Usage: BenchCorpus DIR [PDF_COUNT].
 */
public final class BenchCorpus {

  static final String[] LINES = {
      "COMMERCIAL INVOICE   Invoice No.: MY-CI-25-%04d   Date: 2025-11-%02d",
      "Seller: Tanjung Data Systems Sdn. Bhd., Jalan Teknologi 5, Cyberjaya, Selangor, Malaysia",
      "Buyer: Brightwater Computing GmbH, Hafenstrasse 12, 20457 Hamburg, Germany",
      "Incoterms: FCA Kuala Lumpur        Payment terms: T/T 30 days",
      "No.  Description                         HS code     Qty      Unit price      Amount",
      "1    NVIDIA H100 80GB PCIe GPU card      8473.30     8 PCS    USD 25,000.00   USD 200,000.00",
      "2    Ergonomic office chair, grey        9401.30     60 PCS   EUR 240.00      EUR 14,400.00",
      "3    Server rail kit                     8473.30     10 PCS   USD 85.00       USD 850.00",
      "Consignee: Sophgo Technologies Ltd., Haidian District, Beijing, China",
      "Notify party: Prime Lane Logistics (HK) Ltd, Kwai Chung, Hong Kong",
      "Port of Loading: Port Klang        Port of Discharge: Hong Kong",
      "Vessel / Voyage: WAN HAI 316 / N118    Container: WHSU 5518820",
      "Packages: 12 cartons, gross weight 486.0 KGS, measurement 2.4 CBM"};

  private BenchCorpus() {
  }

  static String page(int doc, int page) {
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < 40; line++) {
      String template = LINES[(doc + page + line) % LINES.length];
      text.append(template.contains("%") ? String.format(template, doc, 1 + doc % 28) : template).append('\n');
    }
    return text.toString();
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int pdfCount = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Files.createDirectories(dir.resolve("pdf"));
    Files.createDirectories(dir.resolve("mixed"));
    int pages = 0;
    for (int d = 0; d < pdfCount; d++) {
      List<String> docPages = new ArrayList<>();
      for (int p = 0; p < 1 + d % 5; p++) {
        docPages.add(page(d, p));
      }
      pages += docPages.size();
      Files.write(dir.resolve("pdf").resolve(String.format("doc-%04d.pdf", d)), Fixtures.pdf(docPages));
    }
    for (int d = 0; d < 50; d++) {
      String text = page(d, 0);
      Path mixed = dir.resolve("mixed");
      switch (d % 5) {
        case 0 -> Files.write(mixed.resolve("doc-" + d + ".docx"), Fixtures.docx(text));
        case 1 -> Files.write(mixed.resolve("doc-" + d + ".xlsx"), Fixtures.xlsx(text.lines()
            .map(l -> List.of(l.split("\\s{2,}"))).toList()));
        case 2 -> Files.write(mixed.resolve("doc-" + d + ".html"), Fixtures.html("invoice", text));
        case 3 -> Files.writeString(mixed.resolve("doc-" + d + ".txt"), text, StandardCharsets.UTF_8);
        default -> Files.write(mixed.resolve("doc-" + d + ".eml"), Fixtures.eml("docs " + d, text, List.of()));
      }
    }
    List<String> big = new ArrayList<>();
    for (int p = 0; p < 400; p++) {
      big.add(page(p, p));
    }
    Files.write(dir.resolve("big.pdf"), Fixtures.pdf(big));
    Files.write(dir.resolve("one-page.pdf"), Fixtures.pdf(List.of(page(1, 0))));
    System.out.println("corpus: " + pdfCount + " PDFs with " + pages + " pages, 50 mixed files, big.pdf (400 pages)");
  }
}
