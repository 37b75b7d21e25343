package dev.chipscreen.core.extract;

import dev.chipscreen.core.extract.UnreadableDocumentException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads DOCX, XLSX, HTML, plain text/CSV and e-mail through Tika. Only the parser modules for
 * those formats are on the classpath, and no OCR module at all: Tika 3 would otherwise OCR
 * text-poor content whenever tesseract happens to be installed, and results would depend on
 * the machine. Embedded resources (e-mail attachments) are not parsed here but handed back
 * as bytes, so that a PDF attachment goes through the same PDFBox path as a PDF file.
 */
public final class TikaTextExtractor {

  private final Parser parser = new AutoDetectParser();

  /** An embedded resource found while parsing, with its bytes (already capped). */
  public record Embedded(String name, byte[] bytes, boolean truncated) {
  }

  /** The text of the container itself, and the resources embedded in it. */
  public record Result(String text, boolean charLimitReached, List<Embedded> embedded, int embeddedSkipped) {
  }

  public Result extract(byte[] bytes, String mediaType, int maxChars, int maxEmbedded, long maxEmbeddedBytes)
      throws UnreadableDocumentException {
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    Collector collector = new Collector(maxEmbedded, maxEmbeddedBytes);
    ParseContext context = new ParseContext();
    context.set(EmbeddedDocumentExtractor.class, collector);
    context.set(Parser.class, parser);
    boolean charLimitReached = false;
    try (TikaInputStream stream = TikaInputStream.get(bytes)) {
      parser.parse(stream, handler, metadata, context);
    } catch (EncryptedDocumentException e) {
      throw new UnreadableDocumentException(Reason.ENCRYPTED,
          "the document is password-protected; ask the sender for an unprotected copy", e);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        charLimitReached = true;
      } else {
        throw new UnreadableDocumentException(Reason.CORRUPT, "the " + mediaType + " document could not be parsed: " + e.getMessage(), e);
      }
    } catch (TikaException | IOException e) {
      throw new UnreadableDocumentException(Reason.CORRUPT, "the " + mediaType + " document could not be parsed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new UnreadableDocumentException(Reason.CORRUPT, "the " + mediaType + " document could not be parsed: " + e, e);
    } catch (LinkageError e) {
      // A part stored with a codec this build does not ship (an XZ- or LZMA-compressed zip entry,
      // say): the library's class is missing, the document is unreadable, the screener goes on.
      throw new UnreadableDocumentException(Reason.CORRUPT, "the " + mediaType
          + " document uses a compression or encoding this build cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
    return new Result(handler.toString(), charLimitReached, collector.embedded, collector.skipped);
  }

  /** Keeps the bytes of embedded resources instead of parsing them inline. */
  private static final class Collector implements EmbeddedDocumentExtractor {
    private final int maxEmbedded;
    private final long maxBytes;
    private final List<Embedded> embedded = new ArrayList<>();
    private int skipped;

    Collector(int maxEmbedded, long maxBytes) {
      this.maxEmbedded = maxEmbedded;
      this.maxBytes = maxBytes;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
        throws IOException {
      if (embedded.size() >= maxEmbedded) {
        skipped++;
        return;
      }
      String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
      byte[] data = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      boolean truncated = data.length > maxBytes;
      embedded.add(new Embedded(name == null ? "" : name, data, truncated));
    }
  }
}
