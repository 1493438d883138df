package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

/**
 * The smaller margin of a surely spun text: a rare word whose far commoner synonym fits its context
 * only a few times better is flagged there, and nowhere else.
 */
class SureMarginTest {

  /**
   * Invented wire-style sentences where "sharply" is seen 240 times, 30 of them after "rose", and
   * "rose steeply" {@code steeply} times; neither is seen before "this".
   */
  private static LanguageSpinDetector detector(int steeply) {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(
          """
          The secretary general said on Sunday that the talks would continue.
          The secretary general of the alliance arrived in the capital on Monday.
          The talks will resume next week.
          Prices rose sharply in the first quarter.
          This year the talks ended.
          """);
      for (int j = 0; j < 7; j++) {
        text.add("Costs fell sharply on Monday.");
      }
    }
    for (int j = 0; j < steeply; j++) {
      text.add("Output rose steeply.");
    }
    return new LanguageSpinDetector(
        NgramCounts.of(4, text),
        TinyThesaurus.of("general=basic", "resume=restart", "sharply=steeply"),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults());
  }

  private static final String SENTENCE = "Wages rose steeply this year.";

  private static final String SPUN =
      "The secretary basic said on Sunday that the talks would continue. The secretary basic of"
          + " the alliance arrived in the capital on Monday. The talks will restart next week. ";

  @Test
  void flagsARareWordWhoseFarCommonerSynonymFitsAFewTimesBetterInATextThatIsSurelySpun() {
    // "sharply" is some 15 times likelier here (the margins are 20 and 50) and 120 times commoner
    SpinAnalysis a = detector(2).analyze(SPUN + SENTENCE);
    assertThat(a.score()).isGreaterThanOrEqualTo(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .contains(tuple("steeply", "sharply"));
  }

  @Test
  void leavesTheSameWordAloneInATextThatDoesNotLookSpun() {
    LanguageSpinDetector d = detector(2);
    SpinAnalysis a = d.analyze(SENTENCE);
    assertThat(a.score()).isLessThan(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases()).isEmpty();
    assertThat(d.verdictEvidence(SENTENCE)).isZero();
  }

  @Test
  void leavesAWordWhoseSynonymIsNotFarCommonerAloneEvenInASurelySpunText() {
    // "sharply" only 80 times commoner than "steeply"
    SpinAnalysis a = detector(3).analyze(SPUN + SENTENCE);
    assertThat(a.score()).isGreaterThanOrEqualTo(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases()).extracting(SpunPhrase::text).doesNotContain("steeply");
  }
}
