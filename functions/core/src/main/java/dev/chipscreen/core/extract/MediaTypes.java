package dev.chipscreen.core.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Detects a document's type from its bytes. The file name is never consulted: a PDF renamed
 * "invoice.txt" is a PDF, and a PNG renamed "invoice.pdf" is an image.
 */
public final class MediaTypes {

  public static final String PDF = "application/pdf";

  /** Types that go through Tika. Everything else (images, archives, binaries) is UNSUPPORTED_TYPE. */
  private static final Set<String> TIKA_TYPES = Set.of(
      "text/plain", "text/csv", "text/html", "application/xhtml+xml", "message/rfc822",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/msword", "application/vnd.ms-excel", "application/rtf",
      "application/vnd.ms-outlook");

  /**
   * The MIME-magic and container detectors alone: TikaConfig's default would also load every
   * parser, which costs cold start for nothing when the file is a PDF.
   */
  private final Lazy<Detector> detector = new Lazy<>(DefaultDetector::new);

  /** The detected type without parameters, e.g. "application/pdf". */
  public String detect(byte[] bytes) {
    // A PDF's own magic number: most documents are PDFs, and this spares them Tika's MIME
    // database, about 150 ms to load in a cold JVM. Anything else goes to Tika's detector.
    if (startsWith(bytes, PDF_MAGIC)) {
      return PDF;
    }
    return tikaDetect(bytes);
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private String tikaDetect(byte[] bytes) {
    try (TikaInputStream stream = TikaInputStream.get(bytes)) {
      MediaType type = detector.get().detect(stream, new Metadata());
      return type.getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("type detection on an in-memory buffer failed", e);
    }
  }

  /** Tika's type for a password-protected OOXML file (an OLE2 container around the encrypted package). */
  public static boolean isProtectedOffice(String mediaType) {
    return "application/x-tika-ooxml-protected".equals(mediaType);
  }

  public static boolean isPdf(String mediaType) {
    return PDF.equals(mediaType);
  }

  /** Image formats read as pages by OCR. */
  private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp",
      "image/gif", "image/webp", "image/heic", "image/heif", "image/avif");
  /** Images neither the JDK nor Tesseract's Leptonica decodes. */
  private static final Set<String> UNDECODABLE_IMAGE_TYPES = Set.of("image/heic", "image/heif", "image/avif");

  public static boolean isImage(String mediaType) {
    return IMAGE_TYPES.contains(mediaType);
  }

  public static boolean hasNoDecoder(String mediaType) {
    return UNDECODABLE_IMAGE_TYPES.contains(mediaType);
  }

  public static boolean isReadByTika(String mediaType) {
    return TIKA_TYPES.contains(mediaType) || mediaType.startsWith("text/");
  }
}
