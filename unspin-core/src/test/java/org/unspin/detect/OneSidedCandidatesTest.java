package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.NgramCounts;

/**
 * An original seen beside one neighbour but never between both is offered from that neighbour's
 * followers or predecessors, which the two-sided fill-in search cannot offer.
 */
class OneSidedCandidatesTest {

  /** Invented wire-style sentences; "quarter" is never followed by "after". */
  private static final String CORPUS =
      """
      The secretary general said on Sunday that the talks would continue.
      The secretary general of the alliance arrived in the capital on Monday.
      Sales rose sharply in the fourth quarter of the year.
      The company said profits fell in the fourth quarter.
      Work at the port resumed after the strike.
      Exports recovered after the strike ended.
      The talks will resume next week.
      The basic rules of the market are simple.
      """;

  /** Repeated so that neighbour pairs of common words are expected often enough. */
  private static final NgramCounts MODEL = NgramCounts.of(4, Collections.nCopies(30, CORPUS));

  private static final LanguageSpinDetector DETECTOR =
      new LanguageSpinDetector(
          MODEL,
          TinyThesaurus.of("general=basic", "resume=restart"),
          KnownSpins.NONE,
          LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));

  @Test
  void restoresAnOriginalSeenBesideOneNeighbourOnly() {
    // the blank "fourth _ after" offers nothing; "quarter" follows "fourth", and "qtr" abbreviates
    // it
    assertThat(MODEL.fillers(List.of("fourth"), List.of("after"), 2, 20)).isEmpty();
    assertThat(MODEL.followers("fourth", 5))
        .extracting(LanguageModel.Filler::phrase)
        .containsExactly("quarter");
    SpinAnalysis a =
        DETECTOR.analyze(
            "The talks will restart next week. The secretary basic said on Sunday that sales"
                + " rose in the fourth qtr after the strike.");
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .containsExactly(
            tuple("restart", "resume"), tuple("basic", "general"), tuple("qtr", "quarter"));
    assertThat(a.phrases().get(2).evidence())
        .contains("abbreviation")
        .contains("seen beside one neighbour only");
  }

  @Test
  void leavesAWordThatFitsItsNeighboursAlone() {
    SpinAnalysis a = DETECTOR.analyze("Sales rose sharply in the fourth quarter of the year.");
    assertThat(a.phrases()).isEmpty();
  }
}
