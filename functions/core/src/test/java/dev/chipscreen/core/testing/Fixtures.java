package dev.chipscreen.core.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Real documents made by the tests: PDFs written with PDFBox, DOCX and XLSX with POI, e-mail
 * as RFC 5322 MIME, images with ImageIO. Nothing is mocked: each is the format users drop in.
 */
public final class Fixtures {

  private static final float MARGIN = 50;
  private static final float LEADING = 14;
  private static final float FONT_SIZE = 10;

  private Fixtures() {
  }

  /** A text PDF, one string per page, lines split on '\n'. Only WinAnsi characters are drawn. */
  public static byte[] pdf(List<String> pages) {
    return pdf(pages, null);
  }

  /** A PDF that needs {@code userPassword} to open. */
  public static byte[] encryptedPdf(List<String> pages, String userPassword) {
    return pdf(pages, userPassword);
  }

  private static byte[] pdf(List<String> pages, String userPassword) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (String text : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, FONT_SIZE);
          content.setLeading(LEADING);
          content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          for (String line : text.split("\n", -1)) {
            content.showText(winAnsi(line));
            content.newLine();
          }
          content.endText();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
            new AccessPermission());
        policy.setEncryptionKeyLength(128);
        document.protect(policy);
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One page whose {@code bold} lines are drawn twice, the second time {@code offset} points to
   * the right: how report generators fake a bold face. The other lines are drawn once.
   */
  public static byte[] overprintedPdf(List<String> bold, List<String> plain, float offset) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = PDRectangle.A4.getHeight() - MARGIN;
        for (String line : bold) {
          for (float dx : new float[] {0, offset}) {
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.newLineAtOffset(MARGIN + dx, y);
            content.showText(winAnsi(line));
            content.endText();
          }
          y -= LEADING;
        }
        for (String line : plain) {
          content.beginText();
          content.setFont(font, FONT_SIZE);
          content.newLineAtOffset(MARGIN, y);
          content.showText(winAnsi(line));
          content.endText();
          y -= LEADING;
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF page with no text at all (what a scan looks like to a text extractor). */
  public static byte[] blankPdf() {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage(PDRectangle.A4));
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String winAnsi(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (char c : line.toCharArray()) {
      out.append(c == '\t' ? ' ' : c < 0x20 || c > 0xFF ? '?' : c);
    }
    return out.toString();
  }

  /** A Word document, one paragraph per line. */
  public static byte[] docx(String text) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n", -1)) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(line);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An Excel workbook with one sheet of string cells. */
  public static byte[] xlsx(List<List<String>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Packing list");
      for (int r = 0; r < rows.size(); r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] html(String title, String bodyText) {
    String body = bodyText.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n");
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><p>" + body
        + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  /** An attachment for {@link #eml}. */
  public record Attachment(String fileName, String contentType, byte[] content) {
  }

  /** An e-mail with a text body and base64 attachments, as a mail client writes it. */
  public static byte[] eml(String subject, String body, List<Attachment> attachments) {
    String boundary = "=_chipscreen_test_boundary";
    StringBuilder mail = new StringBuilder();
    mail.append("From: Forwarder Ops <ops@forwarder.example>\r\n")
        .append("To: Compliance <compliance@exporter.example>\r\n")
        .append("Subject: ").append(subject).append("\r\n")
        .append("Date: Mon, 3 Nov 2025 09:15:00 +0800\r\n")
        .append("Message-ID: <test-").append(Math.abs(subject.hashCode())).append("@forwarder.example>\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
        .append("--").append(boundary).append("\r\n")
        .append("Content-Type: text/plain; charset=UTF-8\r\n")
        .append("Content-Transfer-Encoding: 8bit\r\n\r\n")
        .append(body).append("\r\n");
    for (Attachment a : attachments) {
      mail.append("--").append(boundary).append("\r\n")
          .append("Content-Type: ").append(a.contentType()).append("; name=\"").append(a.fileName()).append("\"\r\n")
          .append("Content-Disposition: attachment; filename=\"").append(a.fileName()).append("\"\r\n")
          .append("Content-Transfer-Encoding: base64\r\n\r\n")
          .append(Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(a.content())).append("\r\n");
    }
    mail.append("--").append(boundary).append("--\r\n");
    return mail.toString().getBytes(StandardCharsets.UTF_8);
  }

  public static byte[] png(int width, int height) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < width; x++) {
        image.setRGB(x, x % height, 0xFFFFFF);
      }
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] zip(Map<String, byte[]> entries) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      zip.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code fraction} of the bytes: a download cut short. */
  public static byte[] truncated(byte[] bytes, double fraction) {
    byte[] out = new byte[(int) (bytes.length * fraction)];
    System.arraycopy(bytes, 0, out, 0, out.length);
    return out;
  }

  public static Map<String, byte[]> entries(Object... nameAndBytes) {
    Map<String, byte[]> map = new LinkedHashMap<>();
    for (int i = 0; i < nameAndBytes.length; i += 2) {
      map.put((String) nameAndBytes[i], (byte[]) nameAndBytes[i + 1]);
    }
    return map;
  }
}
