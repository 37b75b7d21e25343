package dev.chipscreen.core.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Cleans a page image before OCR: grey scale, a cap on pixels, speckle removal and deskew.
 * Tesseract thresholds by itself (Otsu), but it reads skewed lines and salt-and-pepper noise
 * from phone photos and fax-grade scans badly; both are cheap to fix here.
 */
public final class ImagePrep {

  /** Skew beyond this is not searched: a page scanned 10 degrees off is rare, and rotation by 90 is another problem. */
  static final double MAX_SKEW_DEGREES = 10;
  /** Skew below this is left alone: Tesseract's line finder absorbs it, and rotating blurs. */
  static final double MIN_CORRECTED_DEGREES = 0.3;
  /** The skew search runs on a copy about this wide: enough lines to vote, few enough points to be fast. */
  private static final int SKEW_SAMPLE_WIDTH = 1000;
  /** Grey level below which a pixel is ink, for the speckle test. */
  private static final int INK = 128;
  /** Every this-many rows are sampled for speckle. */
  private static final int SPECKLE_SAMPLE_ROWS = 8;
  /** Isolated pixels above this share of the sample make a page speckled (a clean 300 dpi scan has almost none). */
  static final double SPECKLE_SHARE = 0.0002;
  /** Fewer dark sample points than this and there is no text to align. */
  private static final int MIN_SKEW_POINTS = 200;

  private ImagePrep() {
  }

  /** The image ready for OCR: grey, at most {@code maxPixels}, despeckled and straightened. */
  public static BufferedImage forOcr(BufferedImage image, long maxPixels) {
    BufferedImage grey = grey(fit(image, maxPixels));
    BufferedImage clean = speckled(grey) ? despeckle(grey) : grey;
    double skew = skewDegrees(clean);
    return Math.abs(skew) < MIN_CORRECTED_DEGREES ? clean : rotate(clean, -skew);
  }

  /** The image scaled down to at most {@code maxPixels}, or itself. */
  public static BufferedImage fit(BufferedImage image, long maxPixels) {
    long pixels = (long) image.getWidth() * image.getHeight();
    if (pixels <= maxPixels) {
      return image;
    }
    double scale = Math.sqrt((double) maxPixels / pixels);
    int width = Math.max(1, (int) (image.getWidth() * scale));
    int height = Math.max(1, (int) (image.getHeight() * scale));
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, width, height, null);
    g.dispose();
    return out;
  }

  /** An 8-bit grey copy (or the image itself when it already is one), transparent areas as white paper. */
  public static BufferedImage grey(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0
        && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight()) {
      return image;
    }
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  /**
   * True when isolated pixels (ink with no inked neighbour, or paper with no paper neighbour) make up more than
   * {@link #SPECKLE_SHARE} of a sample of the page: dust and fax noise, which the median filter
   * removes. A clean page skips the filter, about 150 ms of a 300 dpi A4 page.
   */
  static boolean speckled(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] px = pixels(grey);
    long sampled = 0;
    long isolated = 0;
    for (int y = 1; y < h - 1; y += SPECKLE_SAMPLE_ROWS) {
      for (int x = 1; x < w - 1; x++) {
        sampled++;
        if (alone(px, w, x, y, (px[y * w + x] & 0xff) < INK)) {
          isolated++;
        }
      }
    }
    return sampled > 0 && (double) isolated / sampled > SPECKLE_SHARE;
  }

  /** Whether no 8-neighbour of (x, y) is of the same kind (ink, or paper). */
  private static boolean alone(byte[] px, int w, int x, int y, boolean ink) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        if ((dx != 0 || dy != 0) && (((px[(y + dy) * w + x + dx] & 0xff) < INK) == ink)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A 3x3 median filter: removes isolated dark and light pixels (scanner dust, fax noise) and
   * keeps strokes, which at 300 dpi are several pixels wide.
   */
  static BufferedImage despeckle(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] in = pixels(grey);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] res = pixels(out);
    int[] window = new int[9];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (y == 0 || x == 0 || y == h - 1 || x == w - 1) {
          res[y * w + x] = in[y * w + x];
          continue;
        }
        int k = 0;
        for (int dy = -1; dy <= 1; dy++) {
          int row = (y + dy) * w;
          for (int dx = -1; dx <= 1; dx++) {
            window[k++] = in[row + x + dx] & 0xff;
          }
        }
        res[y * w + x] = (byte) median9(window);
      }
    }
    return out;
  }

  /**
   * The angle, in degrees, of the text lines: positive when lines run downwards to the right.
   * Found as the rotation whose horizontal projection of dark pixels is most peaked (lines of
   * text and the gaps between them line up), coarse then fine.
   */
  public static double skewDegrees(BufferedImage grey) {
    int step = Math.max(1, grey.getWidth() / SKEW_SAMPLE_WIDTH);
    int threshold = otsu(grey);
    byte[] px = pixels(grey);
    int w = grey.getWidth();
    int h = grey.getHeight();
    int count = 0;
    int[] xs = new int[1024];
    int[] ys = new int[1024];
    for (int y = 0; y < h; y += step) {
      for (int x = 0; x < w; x += step) {
        if ((px[y * w + x] & 0xff) < threshold) {
          if (count == xs.length) {
            xs = java.util.Arrays.copyOf(xs, count * 2);
            ys = java.util.Arrays.copyOf(ys, count * 2);
          }
          xs[count] = x / step;
          ys[count] = y / step;
          count++;
        }
      }
    }
    if (count < MIN_SKEW_POINTS) {
      return 0;
    }
    int rows = h / step + w / step + 2;
    double best = 0;
    double bestScore = -1;
    for (double a = -MAX_SKEW_DEGREES; a <= MAX_SKEW_DEGREES; a += 0.5) {
      double score = peakedness(xs, ys, count, a, rows);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    double coarse = best;
    for (double a = coarse - 0.5; a <= coarse + 0.5; a += 0.05) {
      double score = peakedness(xs, ys, count, a, rows);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return best;
  }

  /** The image turned clockwise by a quarter turn or more (90, 180, 270), without interpolation losses. */
  public static BufferedImage turnQuarter(BufferedImage image, int degrees) {
    if (degrees % 360 == 0) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    boolean sideways = degrees % 180 != 0;
    BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
    g.rotate(Math.toRadians(degrees));
    g.translate(-w / 2.0, -h / 2.0);
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  /** The image turned by {@code degrees} (positive: clockwise on screen) about its centre, on white paper. */
  public static BufferedImage rotate(BufferedImage image, double degrees) {
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  private static double peakedness(int[] xs, int[] ys, int count, double degrees, int rows) {
    double sin = Math.sin(Math.toRadians(degrees));
    double cos = Math.cos(Math.toRadians(degrees));
    int offset = rows / 2;
    int[] histogram = new int[rows * 2];
    for (int i = 0; i < count; i++) {
      int bin = (int) Math.round(ys[i] * cos - xs[i] * sin) + offset;
      if (bin >= 0 && bin < histogram.length) {
        histogram[bin]++;
      }
    }
    double sum = 0;
    for (int c : histogram) {
      sum += (double) c * c;
    }
    return sum;
  }

  /** Otsu's threshold: the grey level that best separates ink from paper. */
  static int otsu(BufferedImage grey) {
    int[] histogram = new int[256];
    byte[] px = pixels(grey);
    for (byte b : px) {
      histogram[b & 0xff]++;
    }
    long total = px.length;
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * histogram[i];
    }
    double sumBack = 0;
    long back = 0;
    double bestVariance = -1;
    int best = 128;
    for (int t = 0; t < 256; t++) {
      back += histogram[t];
      if (back == 0) {
        continue;
      }
      long fore = total - back;
      if (fore == 0) {
        break;
      }
      sumBack += (double) t * histogram[t];
      double meanBack = sumBack / back;
      double meanFore = (sumAll - sumBack) / fore;
      double variance = (double) back * fore * (meanBack - meanFore) * (meanBack - meanFore);
      if (variance > bestVariance) {
        bestVariance = variance;
        best = t + 1;
      }
    }
    return best;
  }

  private static byte[] pixels(BufferedImage grey) {
    return ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }

  private static int median9(int[] v) {
    // Insertion sort of nine values: faster than a general sort at this size.
    for (int i = 1; i < 9; i++) {
      int x = v[i];
      int j = i - 1;
      while (j >= 0 && v[j] > x) {
        v[j + 1] = v[j];
        j--;
      }
      v[j + 1] = x;
    }
    return v[4];
  }
}
