package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;
import org.unspin.lexicon.Thesaurus;

/**
 * A flagged word that makes a listed phrase with its neighbour is widened to that phrase: restored
 * to the flag's wording alone where the neighbour no longer fits, or with the neighbour kept where
 * that is a listed phrase too.
 */
class PhraseBoundaryTest {

  /** Invented news sentences. */
  private static final String CORPUS =
      """
      The council waits until the spring to vote on the budget.
      The board waits until the report is ready.
      The union waits for an answer from the firm.
      The plant makes nuclear power for the region.
      Nuclear power costs less than coal in the region.
      The city buys nuclear power from the plant.
      The mayor said on Friday that the bridge would reopen soon.
      Workers closed the bridge for repairs in the spring.
      """;

  private static final NgramCounts MODEL = NgramCounts.of(4, Collections.nCopies(30, CORPUS));

  private static PhraseBoundary boundary(Thesaurus thesaurus) {
    return new PhraseBoundary(new Relatedness(thesaurus, KnownSpins.NONE), null);
  }

  /**
   * The flag of word {@code flagged} restored to {@code restored} as widened: "first+length
   * restoration", or "as it is".
   */
  private static String widen(
      Thesaurus thesaurus, String text, String flagged, String restored, boolean... taken) {
    Tokens t = Tokens.of(text, 1000);
    int i = List.of(t.lower).indexOf(flagged);
    boolean[] marks = new boolean[t.size];
    marks[i] = true;
    for (int k = 0; k < taken.length; k++) {
      marks[k] |= taken[k];
    }
    PhraseBoundary b = boundary(thesaurus);
    PhraseBoundary.Widened w = b.widen(t, i, restored, marks, new ContextScorer(MODEL, 4));
    return w == null ? "as it is" : w.first() + "+" + w.length() + " " + w.restored();
  }

  @Test
  void takesTheNeighbourOfAListedPhraseIntoTheFlagWhenTheRestorationNeedsNoneOfIt() {
    Thesaurus thesaurus = TinyThesaurus.of("holds=waits", "holds off=delays");
    assertThat(widen(thesaurus, "The council holds off until the spring.", "holds", "waits"))
        .isEqualTo("2+2 waits");
  }

  @Test
  void aSpunTextFlagsTheWholeListedPhrase() {
    String text =
        "The mayor said on Friday that the viaduct would reopen soon. Workers closed the viaduct"
            + " for repairs in the spring. The council holds off until the spring.";
    LanguageSpinDetector detector =
        new LanguageSpinDetector(
            MODEL,
            TinyThesaurus.of("bridge=viaduct", "holds=waits", "holds off=delays"),
            KnownSpins.NONE,
            LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));
    assertThat(detector.analyze(text).phrases())
        .extracting(p -> p.text() + " -> " + p.restored())
        .contains("holds off -> waits")
        .doesNotContain("holds -> waits");
  }

  @Test
  void joinsTwoFlaggedWordsOfAListedPhraseIntoOneFlagRestoredAsTheContextSays() {
    Tokens t = Tokens.of("The council holds off until the spring.", 1000);
    ContextScorer scorer = new ContextScorer(MODEL, 4);
    PhraseBoundary.Widened w =
        boundary(TinyThesaurus.of("holds off=delays")).merge(t, 2, "waits", "for", scorer);
    assertThat(w.first() + "+" + w.length() + " " + w.restored()).isEqualTo("2+2 waits");
    assertThat(boundary(TinyThesaurus.of("holds=waits")).merge(t, 2, "waits", "for", scorer))
        .isNull();
  }

  @Test
  void leavesAFlagAloneWhenTheThesaurusDoesNotListThePhrase() {
    Thesaurus thesaurus = TinyThesaurus.of("holds=waits");
    assertThat(widen(thesaurus, "The council holds off until the spring.", "holds", "waits"))
        .isEqualTo("as it is");
  }

  @Test
  void neverTakesANeighbourAnotherFlagCovers() {
    Thesaurus thesaurus = TinyThesaurus.of("holds=waits", "holds off=delays");
    boolean[] taken = {false, false, false, true};
    assertThat(widen(thesaurus, "The council holds off until the spring.", "holds", "waits", taken))
        .isEqualTo("as it is");
  }

  @Test
  void keepsTheNeighbourWhenTheRestoredPhraseIsListedAndRelatedToTheSpunOne() {
    Thesaurus thesaurus = TinyThesaurus.of("atomic=nuclear", "atomic power=nuclear power");
    assertThat(widen(thesaurus, "The city buys atomic power from the plant.", "atomic", "nuclear"))
        .isEqualTo("3+2 nuclear power");
  }

  @Test
  void keepsAOneWordFlagWhoseNeighbourFitsAfterTheRestoration() {
    // "atomic power" is listed, but "nuclear power" is not: the flag stays on "atomic"
    Thesaurus thesaurus = TinyThesaurus.of("atomic=nuclear", "atomic power=energy");
    assertThat(widen(thesaurus, "The city buys atomic power from the plant.", "atomic", "nuclear"))
        .isEqualTo("as it is");
  }
}
