package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardDetectorTest {

  /** Our own clean wire-style paragraph. */
  private static final String CLEAN =
      "The city council said on Tuesday that it would delay a vote on the new harbour plan because"
          + " of concerns about the cost of the project. The mayor told reporters that the council"
          + " had received more and more letters from residents who want the old market to stay"
          + " open. Officials are expected to take part in a meeting next week, the council said in"
          + " a statement. The decision was welcomed by local business owners, who had warned that"
          + " construction would hurt trade during the busy summer season.";

  @Test
  void leavesACleanStoryCleanWithoutAFlood() {
    SpinAnalysis a = StandardDetector.get().analyze(CLEAN);
    assertThat(a.verdict()).isNotEqualTo(SpinAnalysis.Verdict.SPUN);
    assertThat(a.phrases()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void loadsAndJudgesRatherThanFallingBackToNothing() {
    // a detector that failed to load (bad calibration, missing model) answers every text with
    // SpinAnalysis.nothing(), score 0; a judged story of 80 words has a score above 0
    SpinAnalysis a = StandardDetector.get().analyze(CLEAN);
    assertThat(a.score()).isGreaterThan(0.0);
  }

  @Test
  void answersEmptyAndBlankTextWithNothing() {
    assertThat(StandardDetector.get().analyze("").phrases()).isEmpty();
    assertThat(StandardDetector.get().analyze("   \n ").verdict())
        .isEqualTo(SpinAnalysis.Verdict.UNCERTAIN);
  }
}
