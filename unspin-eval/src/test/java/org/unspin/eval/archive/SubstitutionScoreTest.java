package org.unspin.eval.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.archive.SourceMatch;

class SubstitutionScoreTest {
  private static final String COPY =
      "The firm stated it would construct a plant close to the port.";

  private static CopySpinner.Truth truth(String spun, String original) {
    int at = COPY.indexOf(spun);
    return new CopySpinner.Truth(at, at + spun.length(), original);
  }

  private static SourceMatch.Substitution found(String spun, String original) {
    int at = COPY.indexOf(spun);
    return new SourceMatch.Substitution(
        at, at + spun.length(), spun, 0, original.length(), original);
  }

  @Test
  void trimsSharedWordsAndMergesBackToBackSwapsBeforeMatching() {
    SubstitutionScore score = new SubstitutionScore();
    score.add(
        COPY,
        List.of(
            truth("firm", "company"),
            truth("stated", "said"),
            truth("construct a plant", "build a plant"),
            truth("close to", "near")),
        List.of(
            found("firm stated", "company said"),
            found("construct", "build"),
            found("close", "by")));
    // firm+stated merge into one pair; "a plant" is trimmed; "close" <- "by" is wrong.
    assertThat(score.truthPairs()).isEqualTo(3);
    assertThat(score.recall()).isEqualTo(2 / 3.0);
    assertThat(score.precision()).isEqualTo(2 / 3.0);
  }

  @Test
  void aSwapInsideAWordCountsAsASwapOfThatWord() {
    String copy = "Shares of IBM.Northward rose on Monday.";
    int at = copy.indexOf("Northward");
    SubstitutionScore score = new SubstitutionScore();
    int word = copy.indexOf("IBM.Northward");
    score.add(
        copy,
        List.of(new CopySpinner.Truth(at, at + "Northward".length(), "N")),
        List.of(
            new SourceMatch.Substitution(
                word, word + "IBM.Northward".length(), "IBM.Northward", 0, 5, "IBM.N")));
    assertThat(score.truthPairs()).isEqualTo(1);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isEqualTo(1.0);
  }
}
