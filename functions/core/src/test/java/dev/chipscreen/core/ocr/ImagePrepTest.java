package dev.chipscreen.core.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ScanFixtures;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImagePrepTest {

  private static final byte[] PAGE = Fixtures.pdf(List.of("""
      BILL OF LADING                         B/L No. SGSZX2411087
      Shipper: Northwind Compute Pte. Ltd., 71 Ayer Rajah Crescent, Singapore
      Consignee: To order of Lucky Harbour Supply Chain Management Co., Ltd., Shenzhen
      Notify Party: Inspur (HK) Electronics Co., Limited, Kowloon Bay, Hong Kong
      Description of goods: 2 PLTS said to contain computer parts
      NVIDIA HGX H100 8-GPU baseboard, P/N 935-24287-0000-000, HS 8473.30
      SHIPPED ON BOARD 14 NOV 2025, SINGAPORE"""));

  @ParameterizedTest
  @ValueSource(doubles = {-7, -2.5, 0, 1.5, 4})
  void findsTheSkewAScanWasTurnedBy(double degrees) {
    BufferedImage scan = ScanFixtures.scan(PAGE, new ScanFixtures.Scan(150, degrees, 0, 0), 1).get(0);
    assertThat(ImagePrep.skewDegrees(ImagePrep.grey(scan))).isCloseTo(degrees, within(0.3));
  }

  @Test
  void straightensATurnedPage() {
    BufferedImage scan = ScanFixtures.scan(PAGE, new ScanFixtures.Scan(150, 5, 0.01, 0), 2).get(0);
    BufferedImage prepared = ImagePrep.forOcr(scan, Long.MAX_VALUE);
    assertThat(ImagePrep.skewDegrees(prepared)).isCloseTo(0, within(0.3));
  }

  @Test
  void despeckleRemovesIsolatedDotsAndKeepsStrokes() {
    BufferedImage clean = ScanFixtures.scan(PAGE, new ScanFixtures.Scan(150, 0, 0, 0), 3).get(0);
    BufferedImage noisy = ScanFixtures.scan(PAGE, new ScanFixtures.Scan(150, 0, 0.02, 0), 3).get(0);
    int before = differingPixels(clean, noisy);
    int after = differingPixels(ImagePrep.despeckle(clean), ImagePrep.despeckle(noisy));
    assertThat(before).isGreaterThan(1000);
    assertThat(after).isLessThan(before / 5);
    // The median filter keeps text: most ink of the clean page survives it.
    assertThat(ink(ImagePrep.despeckle(clean))).isGreaterThan(ink(clean) * 6 / 10);
  }

  @Test
  void onlySpeckledPagesAreDespeckled() {
    assertThat(ImagePrep.speckled(ImagePrep.grey(ScanFixtures.scan(PAGE, new ScanFixtures.Scan(300, 0, 0, 0), 4)
        .get(0)))).isFalse();
    assertThat(ImagePrep.speckled(ImagePrep.grey(ScanFixtures.scan(PAGE, new ScanFixtures.Scan(300, 1.5, 0, 0), 4)
        .get(0)))).isFalse();
    assertThat(ImagePrep.speckled(ImagePrep.grey(ScanFixtures.scan(PAGE, new ScanFixtures.Scan(300, 0, 0.003, 0), 4)
        .get(0)))).isTrue();
  }

  @Test
  void capsPixelsOfAHugeImage() {
    BufferedImage huge = new BufferedImage(8000, 8000, BufferedImage.TYPE_BYTE_GRAY);
    BufferedImage fitted = ImagePrep.fit(huge, 10_000_000);
    assertThat((long) fitted.getWidth() * fitted.getHeight()).isLessThanOrEqualTo(10_000_000);
  }

  private static int differingPixels(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0)) > 100) {
          n++;
        }
      }
    }
    return n;
  }

  private static int ink(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRaster().getSample(x, y, 0) < 128) {
          n++;
        }
      }
    }
    return n;
  }
}
