package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spans seen in exactly their context: in a surely spun text, a word the model has seen between its
 * neighbours only rarely, whose much commoner synonym is common in that slot, is flagged; a word
 * that plainly fits is not, nor is the rare one in a text that does not look spun.
 */
class SeenSpanTest {

  /**
   * Invented wire-style sentences: "prices rose sharply in" 30 times, "sharply" 240 times in all;
   * "rose steeply in" once, and "steeply" {@code 1 + steeply} times in all.
   */
  private static LanguageSpinDetector detector(int steeply) {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(SpunSentences.CLEAN);
      for (int j = 0; j < 7; j++) {
        text.add("Costs fell sharply on Monday.");
      }
    }
    text.add("Output rose steeply in March.");
    for (int j = 0; j < steeply; j++) {
      text.add("Exports fell steeply.");
    }
    return SpunSentences.detector(text, "sharply=steeply");
  }

  private static final String SPUN = SpunSentences.SPUN;

  private static final String RARE = "Prices rose steeply in the first quarter.";

  private static final String COMMON = "Prices rose sharply in the first quarter.";

  @Test
  void flagsARarelySeenWordWhoseCommonSynonymFitsItsSlotInASurelySpunText() {
    SpinAnalysis a = detector(0).analyze(SPUN + RARE);
    assertThat(a.score()).isGreaterThanOrEqualTo(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .contains(tuple("steeply", "sharply"));
  }

  @Test
  void leavesAPlainlyFittingCommonWordAloneInTheSameText() {
    SpinAnalysis a = detector(0).analyze(SPUN + COMMON);
    assertThat(a.score()).isGreaterThanOrEqualTo(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("sharply");
  }

  @Test
  void leavesTheRarelySeenWordAloneInATextThatDoesNotLookSpun() {
    SpinAnalysis a = detector(0).analyze(RARE);
    assertThat(a.score()).isLessThan(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases()).isEmpty();
  }

  @Test
  void leavesASeenWordWhoseSynonymIsNotThreeTimesAsFrequentAlone() {
    // "steeply" 101 times in all: "sharply" is still far likelier in this slot, but only 2.4 times
    // as frequent
    SpinAnalysis a = detector(100).analyze(SPUN + RARE);
    assertThat(a.score()).isGreaterThanOrEqualTo(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("steeply");
  }
}
