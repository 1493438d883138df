package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers for phrases the bundled table does not cover, remembered per JVM. */
class WordNetLiveAnswersTest {

  /** Hyphenated words, guessed base forms of them, apostrophes, digits. */
  private static final List<String> UNCOVERED =
      List.of(
          "well-known",
          "forward-looking",
          "x-ray",
          "x-rays",
          "o'clock",
          "tassel-shaped",
          "tassel-shap",
          "tassel-shape",
          "cross-border",
          "high-tech",
          "b-52",
          "second-quarter");

  @Test
  void rememberedAnswersEqualWordNetItselfInEveryNewThesaurus() {
    WordNetThesaurus live = WordNetThesaurus.loadLive();
    for (int round = 0; round < 2; round++) {
      WordNetThesaurus fresh = WordNetThesaurus.load();
      for (String p : UNCOVERED) {
        assertThat(WordNetTable.covers(p)).as(p).isFalse();
        assertThat(fresh.related(p)).as(p + ", round " + round).isEqualTo(live.lookUpLive(p));
      }
    }
  }

  @Test
  void someUncoveredPhrasesHaveAnswers() {
    assertThat(WordNetThesaurus.load().related("high-tech")).isNotEmpty();
    assertThat(WordNetThesaurus.load().related("tassel-shap")).isEmpty();
  }
}
