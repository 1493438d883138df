package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

/**
 * Which related wording restores a flagged phrase: one inflected as the phrase is, and one the text
 * uses elsewhere (or uses in another form), are preferred to a slightly likelier other wording.
 */
class RestorationChoiceTest {

  /** Invented wire-style sentences. */
  private static final String CORPUS =
      """
      The secretary general said on Sunday that the talks would continue.
      The secretary general of the alliance arrived in the capital on Monday.
      The talks will resume next week.
      The bank said it replaced its computer system.
      The airline said it replaced its computer system.
      The agency said it replaced its computer system.
      The firm said it replaced its computer systems.
      The agency is distributed widely.
      The report is distributed widely.
      The charity is distributing food.
      The ministry said the harvest was poor.
      The ministry said the crop was poor.
      The ministry said the crop was poor.
      Farmers said the harvest was late this year.
      """;

  private static final NgramCounts MODEL = NgramCounts.of(4, Collections.nCopies(30, CORPUS));

  /** Two other spins, so that the text looks spun and every candidate is flagged. */
  private static final String SPUN = "The talks will restart next week. The secretary basic said ";

  /** The flagged phrases of {@code SPUN + text} and their restorations, with these pairs known. */
  private static List<Tuple> restorations(String text, String... pairs) {
    SpinAnalysis a =
        new LanguageSpinDetector(
                MODEL,
                TinyThesaurus.of(
                    Stream.concat(Stream.of("general=basic", "resume=restart"), Stream.of(pairs))
                        .toArray(String[]::new)),
                KnownSpins.NONE,
                LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)))
            .analyze(SPUN + text);
    return a.phrases().stream().map(p -> tuple(p.text(), p.restored())).toList();
  }

  @Test
  void restoresAnInflectedSpanToAWordInflectedAlike() {
    // "computer system ." is three times as frequent as "computer systems .", but "organizations"
    // is a plural, and a synonym swap keeps the plural
    assertThat(restorations("the bank replaced its computer organizations.", "organization=system"))
        .contains(tuple("organizations", "systems"));
  }

  @Test
  void offersTheRestorationInflectedAsThePhraseIs() {
    // the thesaurus relates "handing out" to "distributed" only; the phrase's own form,
    // "distributing", is offered from it
    assertThat(restorations("the charity is handing out food.", "handing out=distributed"))
        .contains(tuple("handing out", "distributing"));
  }

  @Test
  void prefersAWordTheTextUsesElsewhere() {
    // "crop" fits "the _ was" better than "harvest", but the story speaks of its harvest
    assertThat(
            restorations(
                "the harvest was late this year. The ministry said the yield was poor.",
                "yield=crop",
                "yield=harvest"))
        .contains(tuple("yield", "harvest"));
  }

  @Test
  void prefersAWordTheTextUsesInAnotherForm() {
    // "crop" fits "the _ was" better than "harvest"; the story speaks only of "harvests", which a
    // spinner keeps alongside the "harvest" it replaced
    assertThat(
            restorations(
                "the harvests were late this year. The ministry said the yield was poor.",
                "yield=crop",
                "yield=harvest"))
        .contains(tuple("yield", "harvest"));
  }

  @Test
  void restoresAPhraseTheSameWayWhereverItCanInOneText() {
    // alone, "the yield was poor" reads "crop" ("the crop was poor" is the likelier); the other
    // two places read "harvest", which this one also offers
    assertThat(
            restorations(
                "the yield was late this year. Farmers said the yield was late. The ministry said"
                    + " the yield was poor.",
                "yield=crop",
                "yield=harvest"))
        .filteredOn(p -> p.toList().get(0).equals("yield"))
        .extracting(p -> p.toList().get(1))
        .containsExactly("harvest", "harvest", "harvest");
  }
}
