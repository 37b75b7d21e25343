package dev.chipscreen.core.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanned documents made by the tests: real text PDFs rendered to page images, then turned,
 * speckled and compressed the way a scanner, a fax or a phone leaves them, and written as the
 * files users drop in (PNG, JPEG, multi-page TIFF, image-only PDF).
 */
public final class ScanFixtures {

  /**
   * How a page was scanned.
   *
   * @param dpi          scanning resolution
   * @param degrees      skew, positive clockwise
   * @param noise        share of pixels flipped to random black or white (dust, fax noise)
   * @param jpegQuality  JPEG quality in (0, 1], or 0 for lossless
   */
  public record Scan(int dpi, double degrees, double noise, float jpegQuality) {
    public static final Scan CLEAN = new Scan(300, 0, 0, 0);

    @Override
    public String toString() {
      return dpi + "dpi, " + degrees + " deg, noise " + noise + (jpegQuality > 0 ? ", JPEG q" + jpegQuality : "");
    }
  }

  private ScanFixtures() {
  }

  /** Each page of a text PDF as a scanned image. */
  public static List<BufferedImage> scan(byte[] pdf, Scan scan, long seed) {
    Random random = new Random(seed);
    List<BufferedImage> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage page = renderer.renderImageWithDPI(i, scan.dpi(), ImageType.GRAY);
        pages.add(speckle(turn(page, scan.degrees()), scan.noise(), random));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /**
   * Lines of text drawn straight onto a page image in the named font (for scripts the PDF
   * fixtures' standard fonts cannot write, such as Chinese).
   */
  public static BufferedImage drawn(List<String> lines, String fontName, int dpi) {
    int width = (int) (8.27 * dpi);
    int height = (int) (11.69 * dpi);
    BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    java.awt.Font font = new java.awt.Font(fontName, java.awt.Font.PLAIN, dpi * 12 / 72);
    if (!font.getFamily().equals(fontName)) {
      throw new IllegalStateException("the font '" + fontName + "' is not installed (scripts/test.sh installs it)");
    }
    g.setFont(font);
    int y = dpi;
    for (String line : lines) {
      g.drawString(line, dpi * 3 / 4, y);
      y += dpi * 20 / 72;
    }
    g.dispose();
    return page;
  }

  /** A WebP file, made by Debian's cwebp (the JDK writes no WebP). */
  public static byte[] webp(BufferedImage image) {
    try {
      java.nio.file.Path in = java.nio.file.Files.createTempFile("scan-", ".png");
      java.nio.file.Path out = java.nio.file.Files.createTempFile("scan-", ".webp");
      try {
        java.nio.file.Files.write(in, png(image));
        Process process = new ProcessBuilder("cwebp", "-quiet", "-q", "80", in.toString(), "-o", out.toString())
            .redirectErrorStream(true).start();
        if (process.waitFor() != 0) {
          throw new IllegalStateException("cwebp failed: " + new String(process.getInputStream().readAllBytes()));
        }
        return java.nio.file.Files.readAllBytes(out);
      } finally {
        java.nio.file.Files.deleteIfExists(in);
        java.nio.file.Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cwebp (Debian package webp; scripts/test.sh installs it) could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static byte[] png(BufferedImage image) {
    return write(image, "png");
  }

  public static byte[] jpeg(BufferedImage image, float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(quality);
    return encode(writer, param, List.of(image));
  }

  /**
   * The JPEG with an EXIF APP1 segment whose IFD0 holds only the orientation tag, as a phone writes
   * it when it stores a photo unturned ({@code orientation} 6: display turned 90 degrees clockwise).
   */
  public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
    java.io.ByteArrayOutputStream tiff = new java.io.ByteArrayOutputStream();
    java.util.function.BiConsumer<Integer, Integer> put = (value, bytes) -> {
      for (int k = 0; k < bytes; k++) {
        int shift = littleEndian ? 8 * k : 8 * (bytes - 1 - k);
        tiff.write((value >>> shift) & 0xff);
      }
    };
    tiff.writeBytes(littleEndian ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
    put.accept(42, 2);
    put.accept(8, 4);
    put.accept(1, 2);
    put.accept(0x0112, 2);
    put.accept(3, 2);
    put.accept(1, 4);
    put.accept(orientation, 2);
    put.accept(0, 2);
    put.accept(0, 4);
    byte[] body = tiff.toByteArray();
    int length = 2 + 6 + body.length;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xD8);
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >>> 8);
    out.write(length & 0xff);
    out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
    out.writeBytes(body);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** A multi-page TIFF, as office scanners write them. */
  public static byte[] tiff(List<BufferedImage> pages) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionType("Deflate");
    return encode(writer, param, pages);
  }

  /** A PDF whose pages are images only, as a scanner's "scan to PDF" writes them. */
  public static byte[] imagePdf(List<BufferedImage> pages, int dpi) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (BufferedImage image : pages) {
        addImagePage(document, image, dpi);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text PDF's pages followed by scanned pages: an invoice with its scanned bill of lading appended. */
  public static byte[] withScannedPages(byte[] textPdf, List<BufferedImage> scans, int dpi) {
    try (PDDocument document = Loader.loadPDF(textPdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (BufferedImage image : scans) {
        addImagePage(document, image, dpi);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addImagePage(PDDocument document, BufferedImage image, int dpi) throws IOException {
    PDRectangle size = new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi);
    PDPage page = new PDPage(size);
    document.addPage(page);
    PDImageXObject xobject = JPEGFactory.createFromImage(document, image, 0.85f);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
    }
  }

  static BufferedImage turn(BufferedImage page, double degrees) {
    if (degrees == 0) {
      return page;
    }
    BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
    g.drawImage(page, 0, 0, null);
    g.dispose();
    return out;
  }

  static BufferedImage speckle(BufferedImage page, double share, Random random) {
    if (share <= 0) {
      return page;
    }
    long flips = (long) (page.getWidth() * (long) page.getHeight() * share);
    for (long i = 0; i < flips; i++) {
      int x = random.nextInt(page.getWidth());
      int y = random.nextInt(page.getHeight());
      page.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
    }
    return page;
  }

  private static byte[] write(BufferedImage image, String format) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(ImageWriter writer, ImageWriteParam param, List<BufferedImage> pages) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
         ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      if (pages.size() == 1) {
        writer.write(null, new IIOImage(pages.get(0), null, null), param);
      } else {
        writer.prepareWriteSequence(null);
        for (BufferedImage page : pages) {
          writer.writeToSequence(new IIOImage(page, null, null), param);
        }
        writer.endWriteSequence();
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }
}
