package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

/**
 * Rules that let a spun text give up more of its spun words: wordings related by shared contexts
 * alone are flagged (never evidence), and a rare capitalised word at the start of a sentence is
 * examined when the thesaurus lists it.
 */
class RecallRulesTest {

  /** Invented wire-style sentences. */
  private static final String CORPUS =
      """
      The secretary general said on Sunday that the talks would continue.
      The secretary general of the alliance arrived in the capital on Monday.
      The talks will resume next week.
      Analysts said the market would recover soon.
      The minister announced the plan on Monday.
      """;

  /**
   * The corpus, repeated, and invented blanks that "announced" and "declared" fill alike (the
   * thesaurus never pairs them).
   */
  private static NgramCounts model() {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(CORPUS);
    }
    for (int i = 0; i < 8; i++) {
      String tail = "" + (char) ('a' + i);
      text.add("kl" + tail + " declared kr" + tail + ".");
      text.add("kl" + tail + " announced kr" + tail + ".");
    }
    return NgramCounts.of(4, text);
  }

  private static final NgramCounts MODEL = model();

  /** Knows "basic" and "restart" for spins, and lists "psychoanalysts" (but not "brokerfirm"). */
  private static final LanguageSpinDetector DETECTOR =
      new LanguageSpinDetector(
          MODEL,
          TinyThesaurus.of("general=basic", "resume=restart", "analysts=psychoanalysts"),
          KnownSpins.NONE,
          LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));

  /** Two spun sentences that make a text look spun. */
  private static final String SPUN =
      "The secretary basic said on Sunday that the talks would continue. The talks will restart"
          + " next week. ";

  /** The phrases flagged in the spun sentences followed by {@code sentence}, with restorations. */
  private static List<Tuple> flagged(String sentence) {
    List<Tuple> out = new ArrayList<>();
    for (SpunPhrase p : DETECTOR.analyze(SPUN + sentence).phrases()) {
      out.add(tuple(p.text(), p.restored()));
    }
    return out;
  }

  @Test
  void flagsAWordingRelatedByItsContextsAloneInATextThatLooksSpun() {
    assertThat(flagged("The minister declared the plan on Monday."))
        .contains(tuple("declared", "announced"));
    // but it never makes a text look spun
    assertThat(DETECTOR.verdictEvidence("The minister declared the plan on Monday.")).isZero();
    assertThat(DETECTOR.analyze("The minister declared the plan on Monday.").phrases()).isEmpty();
  }

  @Test
  void examinesARareWordTheThesaurusListsAtTheStartOfASentence() {
    assertThat(flagged("Psychoanalysts said the market would recover soon."))
        .contains(tuple("Psychoanalysts", "Analysts"));
  }

  @Test
  void leavesARareCapitalisedWordTheThesaurusDoesNotListAlone() {
    assertThat(flagged("Brokerfirm said the market would recover soon."))
        .extracting(x -> x.toList().get(0))
        .doesNotContain("Brokerfirm");
  }

  @Test
  void flagsAThesaurusSynonymWithTheStrictMarginInATextThatIsSurelySpun() {
    // "rose steeply" is seen, "prices rose steeply" never; "sharply" is some 400 times likelier
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(CORPUS);
      text.add("Prices rose sharply in the first quarter of the year.");
      text.add("Sales fell steeply in the first quarter of the year.");
      text.add("Costs rose steeply.");
    }
    // flags need 1000 times, strict evidence 100 times: here the smaller margin flags
    LanguageSpinDetector d =
        new LanguageSpinDetector(
            NgramCounts.of(4, text),
            TinyThesaurus.of("general=basic", "resume=restart", "sharply=steeply"),
            KnownSpins.NONE,
            LanguageSpinDetector.Settings.defaults()
                .withMinLogRatio(Math.log(1000))
                .withStrict(Math.log(100), 12));
    SpinAnalysis a =
        d.analyze(
            "The secretary basic said on Sunday that the talks would continue. The secretary basic"
                + " of the alliance arrived in the capital on Monday. The talks will restart next"
                + " week. Prices rose steeply in the first quarter of the year.");
    assertThat(a.score()).isGreaterThanOrEqualTo(0.99);
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .contains(tuple("steeply", "sharply"));
  }
}
