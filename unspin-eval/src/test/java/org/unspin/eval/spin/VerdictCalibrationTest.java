package org.unspin.eval.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
