package dev.chipscreen.core.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an image file (PNG, JPEG, TIFF with all its pages, BMP, GIF) with the JDK's own
 * readers. Sizes are read from the header first and oversized frames are decoded subsampled, so
 * a small file claiming a gigapixel image cannot exhaust the heap.
 */
final class ImageFrames {

  private ImageFrames() {
  }

  /** The decoded frames (at most the cap) and how many the file holds (counted a little past the cap). */
  record Frames(List<BufferedImage> images, int total) {
  }

  /** Width and height of the first frame, read from the header alone; null when unknown. */
  static int[] size(byte[] bytes) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Up to {@code maxFrames} frames of the image, each at most about {@code maxPixels}; null when
   * the JDK has no reader for these bytes.
   */
  static Frames decode(byte[] bytes, int maxFrames, long maxPixels) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        // Counting every frame of a TIFF means walking its whole directory chain: count only past the cap.
        int total = 0;
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; ; i++) {
          try {
            reader.getWidth(i);
          } catch (IndexOutOfBoundsException end) {
            break;
          }
          total++;
          if (images.size() >= maxFrames) {
            continue;
          }
          long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
          ImageReadParam param = reader.getDefaultReadParam();
          if (pixels > maxPixels) {
            int step = (int) Math.ceil(Math.sqrt((double) pixels / maxPixels));
            param.setSourceSubsampling(step, step, 0, 0);
          }
          images.add(reader.read(i, param));
          if (total > maxFrames * 4) {
            break;
          }
        }
        return new Frames(images, total);
      } catch (javax.imageio.IIOException e) {
        // A format variant the JDK reader refuses (CMYK JPEG, odd TIFF compression): let the caller try elsewhere.
        if (String.valueOf(e.getMessage()).startsWith("Unsupported")) {
          return null;
        }
        throw e;
      } finally {
        reader.dispose();
      }
    }
  }
}
