package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stray words: in a text judged spun, a word the model has never seen beside either neighbour,
 * which no thesaurus relates to anything that fits, is restored to the word the model knows between
 * them, where such words are a fair share of the text's suspects; not in a text that does not look
 * spun, not where the thesaurus explains nearly all of them, and not beside a neighbour it is seen
 * with, unless the text's strays are foreign and what fits between the neighbours is overwhelmingly
 * likelier.
 */
class StrayWordTest {

  /**
   * Invented wire-style sentences; "rose sharply in" 30 times; the thesaurus lists "stove" (with a
   * word that does not fit) when {@code stoveListed}.
   */
  private static LanguageSpinDetector detector(boolean stoveListed) {
    return detector(stoveListed, 30);
  }

  /**
   * {@link #detector(boolean)} over {@code copies} copies of the wire-style sentences, and "oven
   * in" counted once: the more text the model has, the less likely a word it has seen once is where
   * another fits.
   */
  private static LanguageSpinDetector detector(boolean stoveListed, int copies) {
    List<String> text = new ArrayList<>();
    text.add("The oven in the kitchen was cold.");
    for (int k = 0; k < copies; k++) {
      text.add(SpunSentences.CLEAN + "The bank raised its forecast for the year.\n");
    }
    text.add("The kitchen had a new stove.");
    text.add("Heat the stove at night.");
    return SpunSentences.detector(
        text,
        "raised=elevated",
        "forecast=prediction",
        stoveListed ? "stove=range" : "kitchen=galley",
        "oven=furnace");
  }

  private static final String SPUN = SpunSentences.SPUN;

  /** The analysis of {@code text}, which the detector must judge spun. */
  private static SpinAnalysis spun(LanguageSpinDetector detector, String text) {
    SpinAnalysis a = detector.analyze(text);
    assertThat(a.score()).isGreaterThanOrEqualTo(DocumentVerdict.SPUN_SCORE);
    return a;
  }

  private static final String MORE_SPUN = "The bank elevated its prediction for the year. ";

  /** "stove" is known to the model, but never after "rose" nor before "in". */
  private static final String STRAY = "Prices rose stove in the first quarter.";

  @Test
  void restoresAStrayWordToWhatFitsBetweenItsNeighboursInASpunText() {
    SpinAnalysis a = spun(detector(true), SPUN + STRAY);
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .contains(tuple("stove", "sharply"), tuple("sanctioned", "approved"));
  }

  @Test
  void leavesAStrayWordAloneInATextThatDoesNotLookSpun() {
    SpinAnalysis a = detector(true).analyze(STRAY);
    assertThat(a.score()).isLessThan(DocumentVerdict.SPUN_SCORE);
    assertThat(a.phrases()).isEmpty();
  }

  @Test
  void leavesAStrayWordAloneWhereTheThesaurusExplainsNearlyEverySuspect() {
    // seven flags the thesaurus explains: one stray is less than 15 % of the eight suspects
    SpinAnalysis a = spun(detector(true), SPUN + MORE_SPUN + SPUN + STRAY);
    assertThat(a.phrases()).extracting(SpunPhrase::text).contains("sanctioned");
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("stove");
  }

  @Test
  void leavesAStrayWordNoDictionaryListsAlone() {
    // more often a misspelling or a name than a spinner's word
    SpinAnalysis a = spun(detector(false), SPUN + STRAY);
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("stove");
  }

  @Test
  void leavesAWordSeenBesideOneOfItsNeighboursAlone() {
    // "the stove" is counted: the word is not stray, whatever fits better
    SpinAnalysis a = spun(detector(true), SPUN + "Prices rose the stove in the first quarter.");
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("stove");
  }

  /** "oven in" is counted, "rose oven" never. */
  private static final String LONE = "Prices rose oven in the first quarter.";

  @Test
  void restoresAWordSeenBesideOneNeighbourWhereWhatFitsIsOverwhelminglyLikelier() {
    // the stray "stove" makes the text's strays foreign; "rose sharply in the first quarter" is
    // counted 1,000 times, so "sharply" fits millions of times better than "oven"
    SpinAnalysis a = spun(detector(true, 1_000), SPUN + STRAY + LONE);
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .contains(tuple("stove", "sharply"), tuple("oven", "sharply"));
  }

  @Test
  void leavesAWordSeenBesideOneNeighbourAloneWhereWhatFitsIsMerelyLikelier() {
    // the same text over a model of 30 copies: "oven" is not rare enough there for the misfit
    SpinAnalysis a = spun(detector(true), SPUN + STRAY + LONE);
    assertThat(a.phrases()).extracting(SpunPhrase::text).contains("stove");
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("oven");
  }

  @Test
  void leavesAWordSeenBesideOneNeighbourAloneWhereTheTextHasNoForeignStrays() {
    // the same misfit, but no stray word: the thesaurus explains the text's suspects
    SpinAnalysis a = spun(detector(true, 1_000), SPUN + LONE);
    assertThat(a.phrases()).extracting(SpunPhrase::text).contains("sanctioned");
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("oven");
  }
}
