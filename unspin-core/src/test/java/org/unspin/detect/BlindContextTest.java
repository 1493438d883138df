package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

/**
 * A rare word between two neighbours that neither it nor its related wordings are ever seen beside
 * (a blind context): restored to the much commoner related wording by the model's backed-off
 * estimates, flagged only in a text that looks spun on other evidence, never evidence itself, and
 * never for a word the model knows as an ordinary word.
 */
class BlindContextTest {

  /** Invented news sentences. */
  private static final String CORPUS =
      """
      The mayor said on Friday that the bridge would reopen soon.
      Workers closed the bridge for repairs in the spring.
      The bridge will reopen next month.
      Analysts expect rates to fall.
      The banks merged last year.
      The companies said profits rose.
      Several companies said sales rose.
      """;

  private static final NgramCounts MODEL = model();

  private static NgramCounts model() {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(CORPUS);
    }
    text.add("Two firms said sales fell.");
    return NgramCounts.of(4, text);
  }

  /** Two spun sentences that make a text look spun. */
  private static final String SPUN =
      "The mayor said on Friday that the viaduct would reopen soon. Workers closed the viaduct for"
          + " repairs in the spring. ";

  /**
   * "fellowships" (never seen) between "expect" and "merged", beside neither of which is
   * "companies".
   */
  private static final String BLIND = "Analysts expect fellowships merged last year.";

  /** The same context with "firms", a word the model knows (seen once: rare, but a word). */
  private static final String KNOWN = "Analysts expect firms merged last year.";

  private static LanguageSpinDetector detector() {
    return new LanguageSpinDetector(
        MODEL,
        TinyThesaurus.of("bridge=viaduct", "companies=fellowships", "companies=firms"),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));
  }

  private static List<String> flagged(String text) {
    return detector().analyze(text).phrases().stream()
        .map(p -> p.text() + " -> " + p.restored())
        .toList();
  }

  @Test
  void restoresARareWordThatNoNeighbourFitsInATextThatLooksSpun() {
    assertThat(flagged(SPUN + BLIND)).contains("fellowships -> companies");
  }

  @Test
  void neverMakesATextLookSpun() {
    assertThat(detector().verdictEvidence(BLIND)).isZero();
    assertThat(flagged(BLIND)).isEmpty();
  }

  @Test
  void leavesAWordTheModelKnowsAlone() {
    assertThat(flagged(SPUN + KNOWN)).noneMatch(f -> f.startsWith("firms"));
  }
}
