package dev.chipscreen.core.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The frames of an image file (PNG, JPEG, TIFF with all its pages, BMP, GIF), decoded one at a
 * time by the JDK's own readers. Sizes are read from the header first and oversized frames are
 * decoded subsampled, so a small file claiming a gigapixel image cannot exhaust the heap, and a
 * 20-page TIFF holds one page in memory at a time rather than twenty.
 */
final class ImageFrames implements AutoCloseable {

  private final ImageInputStream in;
  private final ImageReader reader;
  private final long maxPixels;

  private ImageFrames(ImageInputStream in, ImageReader reader, long maxPixels) {
    this.in = in;
    this.reader = reader;
    this.maxPixels = maxPixels;
  }

  /** The frames of {@code bytes}, or null when no JDK reader takes the format (WebP, for one). */
  static ImageFrames open(byte[] bytes, long maxPixels) throws IOException {
    ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      in.close();
      return null;
    }
    ImageReader reader = readers.next();
    reader.setInput(in, false, true);
    return new ImageFrames(in, reader, maxPixels);
  }

  /** Width and height of the first frame, read from the header alone; null when unknown. */
  static int[] size(byte[] bytes) {
    try (ImageFrames frames = open(bytes, Long.MAX_VALUE)) {
      return frames == null ? null : new int[] {frames.reader.getWidth(0), frames.reader.getHeight(0)};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Frames in the file, counted up to {@code atMost}: counting every frame of a TIFF means walking
   * its whole directory chain, and a hostile file can claim millions.
   */
  int count(int atMost) throws IOException {
    int n = 0;
    while (n < atMost) {
      try {
        reader.getWidth(n);
      } catch (IndexOutOfBoundsException end) {
        break;
      }
      n++;
    }
    return n;
  }

  /**
   * Frame {@code index}, subsampled to about {@code maxPixels}; null when the JDK's reader refuses
   * this variant of the format (CMYK JPEG, an odd TIFF compression).
   */
  BufferedImage read(int index) throws IOException {
    long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
    ImageReadParam param = reader.getDefaultReadParam();
    if (pixels > maxPixels) {
      int step = (int) Math.ceil(Math.sqrt((double) pixels / maxPixels));
      param.setSourceSubsampling(step, step, 0, 0);
    }
    try {
      return reader.read(index, param);
    } catch (IIOException e) {
      if (String.valueOf(e.getMessage()).startsWith("Unsupported")) {
        return null;
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    reader.dispose();
    in.close();
  }
}
