package org.unspin.eval.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinDetector;
import org.unspin.detect.SpunPhrase;
import org.unspin.spin.SpinOptions;
import org.unspin.spin.SpunText;
import org.unspin.spin.Substitution;

class SpinScoresTest {

  private static final String ORIGINAL = "The talks were due to end on Friday.";
  private static final String SPUN = "The talks were because of finish on Friday.";

  private static SpunText spun() {
    return new SpunText(
        ORIGINAL,
        SPUN,
        List.of(
            new Substitution(15, 21, "due to", 15, 25, "because of", 2),
            new Substitution(22, 25, "end", 26, 32, "finish", 1)),
        8,
        SpinOptions.defaults());
  }

  private static SpunPhrase phrase(int start, int end, String restored) {
    return new SpunPhrase(start, end, SPUN.substring(start, end), restored, List.of(), 0.9, "");
  }

  @Test
  void countsFlaggedWordsAgainstSubstitutedWords() {
    SpinScores s = new SpinScores();
    s.addSpun(
        spun(),
        new SpinAnalysis(
            SpinAnalysis.Verdict.SPUN,
            0.9,
            0.3,
            List.of(phrase(15, 25, "due to"), phrase(33, 35, "at"))));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void restorationMustMatchTheOriginalExactly() {
    SpinScores s = new SpinScores();
    s.addSpun(
        spun(),
        new SpinAnalysis(
            SpinAnalysis.Verdict.SPUN,
            0.9,
            0.3,
            List.of(phrase(15, 25, "due to"), phrase(26, 32, "stop"))));
    assertThat(s.restoration()).isEqualTo(0.5);
  }

  @Test
  void restoresAcrossAdjacentSubstitutionsInOnePhrase() {
    SpinScores s = new SpinScores();
    s.addSpun(
        spun(),
        new SpinAnalysis(
            SpinAnalysis.Verdict.SPUN, 0.9, 0.3, List.of(phrase(15, 32, "due to end"))));
    assertThat(s.restoration()).isEqualTo(1.0);
  }

  @Test
  void scoresEachSpunTextAgainstItsOwnCleanAnalysisAndCountsVerdicts() {
    SpinAnalysis flagsSpun =
        new SpinAnalysis(SpinAnalysis.Verdict.SPUN, 0.9, 0.3, List.of(phrase(15, 25, "due to")));
    SpinAnalysis uncertain = new SpinAnalysis(SpinAnalysis.Verdict.UNCERTAIN, 0.5, 0.3, List.of());
    SpinAnalysis clean = new SpinAnalysis(SpinAnalysis.Verdict.CLEAN, 0.1, 0.1, List.of());
    List<SpinAnalysis> answers = List.of(flagsSpun, uncertain);
    int[] calls = {0};
    SpinDetector detector = text -> answers.get(calls[0]++);
    SpinScores s =
        SpinScores.of(
            List.of(ORIGINAL, ORIGINAL), List.of(clean, clean), List.of(spun(), spun()), detector);
    assertThat(calls[0]).isEqualTo(2);
    assertThat(s.calledSpun()).isEqualTo(0.5);
    assertThat(s.metrics()).containsEntry("calledSpun", 0.5);
    // two of the six substituted words flagged, both within a substitution
    assertThat(s.recall()).isCloseTo(2.0 / 6, within(1e-9));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.auc()).isEqualTo(1.0);
    assertThat(s.falseFlagsPerThousand()).isEqualTo(0.0);
  }

  @Test
  void aucRanksSpunAboveClean() {
    assertThat(Auc.of(List.of(0.9, 0.8), List.of(0.1, 0.85))).isEqualTo(0.75);
  }

  @Test
  void falseFlagsAreCountedPerThousandCleanWords() {
    SpinScores s = new SpinScores();
    s.addClean(
        ORIGINAL,
        new SpinAnalysis(
            SpinAnalysis.Verdict.CLEAN,
            0.1,
            0.1,
            List.of(new SpunPhrase(4, 9, "talks", "talk", List.of(), 0.5, ""))));
    assertThat(s.falseFlagsPerThousand()).isCloseTo(1000.0 / 8, within(1e-9));
  }

  @Test
  void splitsStoriesStablyIntoOneFifthForEvaluation() {
    int eval = 0;
    for (int k = 0; k < 1000; k++) {
      if (SpinEvaluation.isEvaluationStory("reuters-" + k)) {
        eval++;
      }
    }
    assertThat(eval).isBetween(150, 250);
    assertThat(SpinEvaluation.isEvaluationStory("reuters-42"))
        .isEqualTo(SpinEvaluation.isEvaluationStory("reuters-42"));
  }
}
