package dev.chipscreen.core.extract;

/**
 * The orientation a phone writes into a JPEG's EXIF header instead of turning the pixels: a photo
 * of a bill of lading held sideways is stored sideways with tag 0x0112 saying so. The JDK's JPEG
 * reader ignores the tag, so it is read here from the APP1 segment, with every offset checked.
 */
final class ExifOrientation {

  private static final int ORIENTATION_TAG = 0x0112;
  /** Segments read before giving up; a real JPEG puts EXIF in the first few. */
  private static final int MAX_SEGMENTS = 32;

  private ExifOrientation() {
  }

  /**
   * Degrees (0, 90, 180, 270) to turn the stored image clockwise so it stands as photographed; 0
   * when there is no EXIF orientation, or it mirrors (a scanner never writes those).
   */
  static int clockwiseTurn(byte[] jpeg) {
    return switch (orientation(jpeg)) {
      case 3 -> 180;
      case 6 -> 90;
      case 8 -> 270;
      default -> 0;
    };
  }

  static int orientation(byte[] b) {
    if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
      return 0;
    }
    int pos = 2;
    for (int segment = 0; segment < MAX_SEGMENTS && pos + 4 <= b.length; segment++) {
      if ((b[pos] & 0xff) != 0xFF) {
        return 0;
      }
      int marker = b[pos + 1] & 0xff;
      if (marker == 0xDA || marker == 0xD9) {
        return 0;
      }
      int length = u16(b, pos + 2, false);
      int data = pos + 4;
      if (length < 2 || data + length - 2 > b.length) {
        return 0;
      }
      if (marker == 0xE1 && length >= 8 && b[data] == 'E' && b[data + 1] == 'x' && b[data + 2] == 'i'
          && b[data + 3] == 'f' && b[data + 4] == 0 && b[data + 5] == 0) {
        return fromTiff(b, data + 6, data + length - 2);
      }
      pos = data + length - 2;
    }
    return 0;
  }

  /** Reads tag 0x0112 of IFD0 in the TIFF structure at {@code [start, end)}. */
  private static int fromTiff(byte[] b, int start, int end) {
    if (start + 8 > end) {
      return 0;
    }
    boolean little;
    if (b[start] == 'I' && b[start + 1] == 'I') {
      little = true;
    } else if (b[start] == 'M' && b[start + 1] == 'M') {
      little = false;
    } else {
      return 0;
    }
    if (u16(b, start + 2, little) != 42) {
      return 0;
    }
    long ifd = start + u32(b, start + 4, little);
    if (ifd + 2 > end) {
      return 0;
    }
    int entries = u16(b, (int) ifd, little);
    for (int i = 0; i < entries; i++) {
      long entry = ifd + 2 + 12L * i;
      if (entry + 12 > end) {
        return 0;
      }
      if (u16(b, (int) entry, little) == ORIENTATION_TAG) {
        return u16(b, (int) entry + 8, little);
      }
    }
    return 0;
  }

  private static int u16(byte[] b, int at, boolean little) {
    int hi = b[at] & 0xff;
    int lo = b[at + 1] & 0xff;
    return little ? lo << 8 | hi : hi << 8 | lo;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long v = 0;
    for (int k = 0; k < 4; k++) {
      int shift = little ? 8 * k : 8 * (3 - k);
      v |= (long) (b[at + k] & 0xff) << shift;
    }
    return v;
  }
}
