package org.unspin.eval.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.detect.DocumentVerdict;

class VerdictCalibrationTest {

  @Test
  void setsAsideAboutOneStoryInEightByAStableHashOfItsId() {
    int picked = 0;
    for (int id = 1; id <= 8_000; id++) {
      if (VerdictCalibration.calibrationStory(Integer.toString(id))) {
        picked++;
      }
    }
    assertThat(picked).isBetween(850, 1_150);
    assertThat(VerdictCalibration.calibrationStory("4711"))
        .isEqualTo(VerdictCalibration.calibrationStory("4711"));
  }

  @Test
  void spinsWithAnotherHeldOutSplitThanTheEvaluation() {
    assertThat(VerdictCalibration.SEED)
        .isNotEqualTo(SpinEvaluation.Options.defaults(Path.of("reuters")).seed());
  }

  private static VerdictCalibration.Text text(int tokens, int flags, double excess) {
    double[] e = new double[flags];
    Arrays.fill(e, excess);
    return new VerdictCalibration.Text(tokens, e);
  }

  @Test
  void poolsFlagsOverTokensAndCapsEachExcessAsTheVerdictDoes() {
    List<VerdictCalibration.Text> texts =
        List.of(
            text(100, 2, 1), text(300, 4, 3), new VerdictCalibration.Text(50, new double[] {1e6}));
    assertThat(VerdictCalibration.rate(texts)).isEqualTo(7 / 450.0);
    assertThat(VerdictCalibration.meanExcess(texts))
        .isEqualTo((2 * 1 + 4 * 3 + DocumentVerdict.MAX_EXCESS) / 7);
  }

  @Test
  void losesLessOnTextsLabelledAsTheyLook() {
    DocumentVerdict v = new DocumentVerdict(0.02, 0.12, 8, 3.5, 7.5);
    List<VerdictCalibration.Text> spunLooking = List.of(text(200, 25, 9), text(120, 15, 8));
    List<VerdictCalibration.Text> cleanLooking = List.of(text(200, 3, 2), text(120, 1, 1));
    assertThat(VerdictCalibration.logLoss(v, spunLooking, true))
        .isLessThan(VerdictCalibration.logLoss(v, spunLooking, false));
    assertThat(VerdictCalibration.logLoss(v, cleanLooking, false))
        .isLessThan(VerdictCalibration.logLoss(v, cleanLooking, true));
  }
}
