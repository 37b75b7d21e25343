package dev.chipscreen.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.extract.UnreadableDocumentException.Reason;
import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.Fixtures.Attachment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentExtractorTest {

  private final DocumentExtractor extractor = new DocumentExtractor(Limits.DEFAULTS);

  @Test
  void pdf_textIsReadPageByPage() throws Exception {
    byte[] pdf = Fixtures.pdf(List.of("BILL OF LADING\nShipper: Alpha", "Page two: NVIDIA H100", "Third page"));

    ExtractedText text = extractor.extract(pdf);

    assertThat(text.mediaType()).isEqualTo("application/pdf");
    assertThat(text.pages()).hasSize(3);
    assertThat(text.pages().get(0).text()).contains("BILL OF LADING").contains("Shipper: Alpha");
    assertThat(text.pages().get(1).text()).contains("NVIDIA H100").doesNotContain("Shipper");
    assertThat(text.pages().get(2).number()).isEqualTo(3);
    assertThat(text.gaps()).isEmpty();
  }

  @Test
  void pdf_textDrawnTwiceAsFakeBoldIsReadOnce_andRepeatedLettersStay() throws Exception {
    byte[] pdf = Fixtures.overprintedPdf(List.of("COMMERCIAL INVOICE", "8 x NVIDIA H100 80GB"),
        List.of("Mississippi Bookkeeping Co., 1100 Hall Street"), 0.4f);

    String text = extractor.extract(pdf).pages().get(0).text();

    assertThat(text).contains("COMMERCIAL INVOICE").contains("8 x NVIDIA H100 80GB")
        .doesNotContain("CCOO").doesNotContain("NNVV").doesNotContain("H1H1");
    assertThat(text).contains("Mississippi Bookkeeping Co., 1100 Hall Street");
  }

  @Test
  void overprints_glyphsFarOutOrAtNaNAreKeptAndNeverLoopForever() {
    PdfTextExtractor.Overprints overprints = new PdfTextExtractor.Overprints();
    for (float x : new float[] {Float.MAX_VALUE, -Float.MAX_VALUE, Float.NaN, Float.POSITIVE_INFINITY, 2e9f}) {
      org.apache.pdfbox.text.TextPosition far = new org.apache.pdfbox.text.TextPosition(0, 600, 800,
          new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, x, x), x, x, 10, 5, 3, "A", new int[] {65}, null, 10, 10);
      assertThat(overprints.isRepeat(far)).isFalse();
      assertThat(overprints.isRepeat(far)).isFalse();
    }
  }

  @Test
  void overprints_aPageOfManyGlyphsIsFiledAndCleared() {
    PdfTextExtractor.Overprints overprints = new PdfTextExtractor.Overprints();
    for (int page = 0; page < 2; page++) {
      // 40,000 distinct places (the table grows several times), each then drawn again 0.3 pt off.
      for (int i = 0; i < 40_000; i++) {
        assertThat(overprints.isRepeat(glyph("X", (i % 200) * 6, (i / 200) * 6))).isFalse();
      }
      for (int i = 0; i < 40_000; i += 997) {
        assertThat(overprints.isRepeat(glyph("X", (i % 200) * 6 + 0.3f, (i / 200) * 6))).isTrue();
        assertThat(overprints.isRepeat(glyph("Y", (i % 200) * 6 + 0.3f, (i / 200) * 6))).isFalse();
      }
      overprints.clear();
    }
  }

  private static org.apache.pdfbox.text.TextPosition glyph(String text, float x, float y) {
    return new org.apache.pdfbox.text.TextPosition(0, 2000, 2000, new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, x, y),
        x + 5, y, 10, 5, 3, text, new int[] {text.charAt(0)}, null, 10, 10);
  }

  @Test
  void pdf_pagesBeyondTheCapAreNamedAsAGap() throws Exception {
    DocumentExtractor capped = new DocumentExtractor(new Limits(Limits.DEFAULT_MAX_DOCUMENT_BYTES, 2,
        Limits.DEFAULT_MAX_CHARS, 3, 10, Limits.DEFAULT_MAX_PDF_MEMORY_BYTES));
    byte[] pdf = Fixtures.pdf(List.of("one", "two", "three", "four", "five"));

    ExtractedText text = capped.extract(pdf);

    assertThat(text.pages()).extracting(Page::text).map(String::trim).containsExactly("one", "two");
    assertThat(text.gaps()).singleElement().satisfies(g -> {
      assertThat(g.reason()).isEqualTo("PAGE_LIMIT");
      assertThat(g.detail()).contains("2 of 5");
    });
  }

  @Test
  void pdf_textBeyondTheCharacterCapIsCut() throws Exception {
    DocumentExtractor capped = new DocumentExtractor(new Limits(Limits.DEFAULT_MAX_DOCUMENT_BYTES, 100, 30, 3, 10,
        Limits.DEFAULT_MAX_PDF_MEMORY_BYTES));
    byte[] pdf = Fixtures.pdf(List.of("0123456789 0123456789 0123456789 0123456789", "second page"));

    ExtractedText text = capped.extract(pdf);

    assertThat(text.pages().stream().mapToInt(p -> p.text().length()).sum()).isLessThanOrEqualTo(30);
    assertThat(text.gaps()).extracting(ExtractedText.Gap::reason).containsExactly("CHAR_LIMIT");
  }

  @Test
  void docx_isReadThroughTika() throws Exception {
    ExtractedText text = extractor.extract(Fixtures.docx("COMMERCIAL INVOICE\nBuyer: Example Trading\n英伟达 显卡"));

    assertThat(text.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(text.pages()).singleElement().extracting(Page::text).asString()
        .contains("COMMERCIAL INVOICE").contains("Example Trading").contains("英伟达");
  }

  @Test
  void xlsx_cellsAreRead() throws Exception {
    byte[] xlsx = Fixtures.xlsx(List.of(List.of("Description", "Qty"), List.of("NVIDIA H100 PCIe 80GB", "4")));

    ExtractedText text = extractor.extract(xlsx);

    assertThat(text.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(text.pages().get(0).text()).contains("NVIDIA H100 PCIe 80GB").contains("Qty");
  }

  @Test
  void html_textWithoutMarkup() throws Exception {
    ExtractedText text = extractor.extract(Fixtures.html("Invoice", "Consignee: Beta <b>Corp</b>"));

    assertThat(text.mediaType()).isEqualTo("text/html");
    assertThat(text.pages().get(0).text()).contains("Consignee: Beta").doesNotContain("<p>").doesNotContain("<br>");
  }

  @Test
  void plainTextAndCsv_areRead() throws Exception {
    ExtractedText csv = extractor.extract("line,description,qty\n1,MI300X OAM,8\n".getBytes(StandardCharsets.UTF_8));
    ExtractedText text = extractor.extract("PACKING LIST\nCartons: 4".getBytes(StandardCharsets.UTF_8));

    assertThat(csv.mediaType()).startsWith("text/");
    assertThat(csv.pages().get(0).text()).contains("MI300X OAM");
    assertThat(text.pages().get(0).text()).contains("PACKING LIST");
  }

  @Test
  void eml_bodyAndAttachmentsAreRead_attachmentsThroughTheirOwnExtractor() throws Exception {
    byte[] invoice = Fixtures.pdf(List.of("COMMERCIAL INVOICE\nNVIDIA H200 141GB", "page 2 of the invoice"));
    byte[] packing = Fixtures.docx("PACKING LIST\n8 cartons");
    byte[] mail = Fixtures.eml("Shipping docs", "Please find the documents attached.",
        List.of(new Attachment("invoice.pdf", "application/pdf", invoice),
            new Attachment("packing.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", packing)));

    ExtractedText text = extractor.extract(mail);

    assertThat(text.mediaType()).isEqualTo("message/rfc822");
    assertThat(text.pages()).anySatisfy(p -> assertThat(p.text()).contains("Please find the documents attached"));
    assertThat(text.pages()).anySatisfy(p -> {
      assertThat(p.text()).contains("NVIDIA H200 141GB");
      assertThat(p.source()).isEqualTo("attachment invoice.pdf, page 1");
    });
    assertThat(text.pages()).anySatisfy(p -> assertThat(p.source()).isEqualTo("attachment invoice.pdf, page 2"));
    assertThat(text.pages()).anySatisfy(p -> {
      assertThat(p.text()).contains("8 cartons");
      assertThat(p.source()).isEqualTo("attachment packing.docx");
    });
  }

  @Test
  void eml_anUnreadableAttachmentIsAGap_notASilentSkip() throws Exception {
    byte[] locked = Fixtures.encryptedPdf(List.of("secret"), "pw");
    byte[] mail = Fixtures.eml("Docs", "Invoice attached.",
        List.of(new Attachment("locked.pdf", "application/pdf", locked)));

    ExtractedText text = extractor.extract(mail);

    assertThat(text.gaps()).singleElement().satisfies(g -> {
      assertThat(g.reason()).isEqualTo("ATTACHMENT_UNREADABLE");
      assertThat(g.detail()).contains("locked.pdf").contains("ENCRYPTED");
    });
  }

  @Test
  void eml_nestingBeyondTheDepthLimitIsAGap() throws Exception {
    DocumentExtractor shallow = new DocumentExtractor(new Limits(Limits.DEFAULT_MAX_DOCUMENT_BYTES, 100,
        Limits.DEFAULT_MAX_CHARS, 1, 10, Limits.DEFAULT_MAX_PDF_MEMORY_BYTES));
    byte[] inner = Fixtures.eml("inner", "inner body NVIDIA", List.of(
        new Attachment("deep.pdf", "application/pdf", Fixtures.pdf(List.of("deep text")))));
    byte[] outer = Fixtures.eml("outer", "outer body", List.of(new Attachment("fwd.eml", "message/rfc822", inner)));

    ExtractedText text = shallow.extract(outer);

    assertThat(text.pages()).noneSatisfy(p -> assertThat(p.text()).contains("deep text"));
    assertThat(text.gaps()).extracting(ExtractedText.Gap::reason).contains("NESTING_LIMIT");
  }

  @Test
  void typeComesFromTheBytes_notTheName() throws Exception {
    // The extractor is never told a name: a PDF is a PDF whatever it was called.
    assertThat(extractor.detect(Fixtures.pdf(List.of("x")))).isEqualTo("application/pdf");
    assertThat(extractor.detect(Fixtures.png(4, 4))).isEqualTo("image/png");
    assertThat(extractor.detect(Fixtures.docx("x")))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void unreadable_emptyFile() {
    assertUnreadable(new byte[0], Reason.EMPTY);
  }

  @Test
  void unreadable_corruptPdf() {
    byte[] truncated = Fixtures.truncated(Fixtures.pdf(List.of("NVIDIA H100 on a page that is cut short")), 0.4);
    assertUnreadable(truncated, Reason.CORRUPT);
  }

  @Test
  void unreadable_encryptedPdf() {
    assertUnreadable(Fixtures.encryptedPdf(List.of("NVIDIA H100"), "s3cret"), Reason.ENCRYPTED);
  }

  @Test
  void unreadable_imageNeedsOcrWhenOcrIsOff() {
    assertUnreadable(Fixtures.png(64, 64), Reason.NEEDS_OCR);
  }

  @Test
  void unreadable_unsupportedBinary() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    assertUnreadable(noise, Reason.UNSUPPORTED_TYPE);
    assertUnreadable(Fixtures.zip(Fixtures.entries("a.txt", "hello".getBytes(StandardCharsets.UTF_8))),
        Reason.UNSUPPORTED_TYPE);
  }

  @Test
  void unreadable_pdfWithoutATextLayer() {
    assertUnreadable(Fixtures.blankPdf(), Reason.NO_TEXT);
  }

  @Test
  void unreadable_tooLarge() {
    DocumentExtractor tiny = new DocumentExtractor(new Limits(100, 10, 1000, 1, 1, 1024 * 1024));
    assertThatThrownBy(() -> tiny.extract(new byte[101]))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  private void assertUnreadable(byte[] bytes, Reason reason) {
    assertThatThrownBy(() -> extractor.extract(bytes))
        .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).isNotBlank();
        });
  }
}
