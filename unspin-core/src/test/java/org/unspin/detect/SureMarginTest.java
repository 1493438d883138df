package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

/**
 * The smaller margin of a surely spun text: a flaggable wording at least as frequent as the span
 * that fits its context only a few times better is flagged there, and nowhere else.
 */
class SureMarginTest {

  /**
   * Invented wire-style sentences: "rose sharply" three times as often as "rose steeply", neither
   * seen before "this".
   */
  private static final LanguageSpinDetector DETECTOR = detector();

  private static LanguageSpinDetector detector() {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(
          """
          The secretary general said on Sunday that the talks would continue.
          The secretary general of the alliance arrived in the capital on Monday.
          The talks will resume next week.
          Prices rose sharply in the first quarter.
          Costs rose sharply on Monday.
          Costs rose sharply on Monday.
          Output rose steeply.
          This year the talks ended.
          """);
    }
    return new LanguageSpinDetector(
        NgramCounts.of(4, text),
        TinyThesaurus.of("general=basic", "resume=restart", "sharply=steeply"),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults());
  }

  private static final String SENTENCE = "Wages rose steeply this year.";

  @Test
  void flagsACommonerSynonymAFewTimesLikelierInATextThatIsSurelySpun() {
    SpinAnalysis a =
        DETECTOR.analyze(
            "The secretary basic said on Sunday that the talks would continue. The secretary basic"
                + " of the alliance arrived in the capital on Monday. The talks will restart next"
                + " week. "
                + SENTENCE);
    assertThat(a.score()).isGreaterThanOrEqualTo(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .contains(tuple("steeply", "sharply"));
  }

  @Test
  void leavesTheSameWordAloneInATextThatDoesNotLookSpun() {
    SpinAnalysis a = DETECTOR.analyze(SENTENCE);
    assertThat(a.score()).isLessThan(DocumentVerdict.SURE_SCORE);
    assertThat(a.phrases()).isEmpty();
    assertThat(DETECTOR.verdictEvidence(SENTENCE)).isZero();
  }
}
