package dev.chipscreen.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chipscreen.core.testing.Fixtures;
import dev.chipscreen.core.testing.ScanFixtures;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

  private static final byte[] JPEG = ScanFixtures.jpeg(ScanFixtures.scan(Fixtures.pdf(List.of("INVOICE")),
      new ScanFixtures.Scan(50, 0, 0, 0), 1).get(0), 0.8f);

  @Test
  void readsTheTurnAPhoneWroteInEitherByteOrder() {
    assertThat(ExifOrientation.clockwiseTurn(ScanFixtures.withExifOrientation(JPEG, 6, false))).isEqualTo(90);
    assertThat(ExifOrientation.clockwiseTurn(ScanFixtures.withExifOrientation(JPEG, 3, true))).isEqualTo(180);
    assertThat(ExifOrientation.clockwiseTurn(ScanFixtures.withExifOrientation(JPEG, 8, true))).isEqualTo(270);
    assertThat(ExifOrientation.clockwiseTurn(ScanFixtures.withExifOrientation(JPEG, 1, false))).isZero();
    // Mirrored orientations are not a scanner's or a phone camera's: left alone.
    assertThat(ExifOrientation.clockwiseTurn(ScanFixtures.withExifOrientation(JPEG, 5, false))).isZero();
  }

  @Test
  void noExifAndDamagedHeadersMeanNoTurn() {
    assertThat(ExifOrientation.clockwiseTurn(JPEG)).isZero();
    byte[] exif = ScanFixtures.withExifOrientation(JPEG, 6, false);
    // The APP1 segment ends at byte 38: any file cut before that holds no complete orientation.
    for (int cut = 0; cut < 38; cut++) {
      assertThat(ExifOrientation.clockwiseTurn(Arrays.copyOf(exif, cut))).isZero();
    }
    byte[] hostile = exif.clone();
    hostile[4] = (byte) 0xFF;
    hostile[5] = (byte) 0xFF;
    assertThat(ExifOrientation.clockwiseTurn(hostile)).isZero();
    assertThat(ExifOrientation.clockwiseTurn("%PDF-1.7".getBytes())).isZero();
  }
}
