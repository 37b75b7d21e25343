package dev.chipscreen.core.extract;

import dev.chipscreen.core.Limits;
import dev.chipscreen.core.extract.UnreadableDocumentException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a document's bytes into pages of text: detects the real type from the bytes, sends
 * PDFs to PDFBox and the other supported formats to Tika, and reads attachments recursively
 * within the nesting and count limits. Throws {@link UnreadableDocumentException} when nothing
 * screenable comes out; a partly readable document returns its text with the gaps named.
 */
public final class DocumentExtractor {

  private final Limits limits;
  private final MediaTypes mediaTypes = new MediaTypes();
  private final PdfTextExtractor pdf;
  /** Built on the first non-PDF file: loading Tika's parsers is most of a cold start that needs none. */
  private volatile TikaTextExtractor tika;

  public DocumentExtractor(Limits limits) {
    this.limits = limits;
    this.pdf = new PdfTextExtractor(limits);
  }

  public String detect(byte[] bytes) {
    return mediaTypes.detect(bytes);
  }

  public ExtractedText extract(byte[] bytes) throws UnreadableDocumentException {
    return extract(bytes, null);
  }

  /** As {@link #extract(byte[])}, with the type the caller has already detected from the bytes. */
  public ExtractedText extract(byte[] bytes, String detectedType) throws UnreadableDocumentException {
    if (bytes.length == 0) {
      throw new UnreadableDocumentException(Reason.EMPTY, "the file is empty (0 bytes)");
    }
    if (bytes.length > limits.maxDocumentBytes()) {
      throw new UnreadableDocumentException(Reason.TOO_LARGE, "the file has " + bytes.length
          + " bytes, more than the limit of " + limits.maxDocumentBytes());
    }
    String mediaType = detectedType != null ? detectedType : detect(bytes);
    Accumulator acc = new Accumulator();
    readInto(bytes, mediaType, "", 0, acc);
    ExtractedText text = new ExtractedText(mediaType, acc.pages, acc.gaps, acc.notes);
    if (text.isBlank()) {
      throw new UnreadableDocumentException(Reason.NO_TEXT, MediaTypes.isPdf(mediaType)
          ? "the PDF has no text layer (a scan or an image?); OCR is not enabled, so it could not be screened"
          : "the " + mediaType + " document contains no text to screen");
    }
    return text;
  }

  private void readInto(byte[] bytes, String mediaType, String source, int depth, Accumulator acc)
      throws UnreadableDocumentException {
    if (MediaTypes.isPdf(mediaType)) {
      List<String> pages = pdf.extract(bytes, acc.gaps);
      for (int i = 0; i < pages.size(); i++) {
        acc.addPage(pages.get(i), source.isEmpty() ? "" : source + ", page " + (i + 1));
      }
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
    TikaTextExtractor.Result result = tika().extract(bytes, mediaType, room,
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

  private TikaTextExtractor tika() {
    TikaTextExtractor local = tika;
    if (local == null) {
      synchronized (this) {
        local = tika;
        if (local == null) {
          tika = local = new TikaTextExtractor();
        }
      }
    }
    return local;
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
    if (mediaType.startsWith("image/")) {
      // Logos and signatures inside Office files and mails: no text layer, and no OCR yet.
      acc.notes.add(source + " is an image (" + mediaType + ") and was not OCRed");
      return;
    }
    try {
      readInto(embedded.bytes(), mediaType, source, depth, acc);
    } catch (UnreadableDocumentException e) {
      acc.gaps.add(new ExtractedText.Gap("ATTACHMENT_UNREADABLE", source + ": " + e.reason() + ": " + e.getMessage()));
    }
  }

  /** Collects pages, gaps and notes across the document and its attachments. */
  private static final class Accumulator {
    private final List<Page> pages = new ArrayList<>();
    private final List<ExtractedText.Gap> gaps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int chars;
    private int embeddedCount;

    void addPage(String text, String source) {
      chars += text.length();
      pages.add(new Page(pages.size() + 1, text, source));
    }
  }
}
