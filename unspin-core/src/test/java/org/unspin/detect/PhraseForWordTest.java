package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

/**
 * A word a spinner replaced with a two-word phrase its dictionary lists: restored when the word
 * shares thesaurus neighbours with the phrase (or neighbours one of its words), scored per word it
 * predicts, flagged only in a text that looks spun on other evidence.
 */
class PhraseForWordTest {

  /** Invented news sentences. */
  private static final String CORPUS =
      """
      The mayor said on Friday that the bridge would reopen soon.
      Workers closed the bridge for repairs in the spring.
      The bridge will reopen next month.
      The committee requested more time on Monday.
      The board requested more money from the bank.
      They asked for help.
      """;

  private static final NgramCounts MODEL = model();

  private static NgramCounts model() {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(CORPUS);
    }
    return NgramCounts.of(4, text);
  }

  /** Two spun sentences that make a text look spun. */
  private static final String SPUN =
      "The mayor said on Friday that the viaduct would reopen soon. Workers closed the viaduct for"
          + " repairs in the spring. ";

  private static final String PHRASE = "The committee asked for more time on Monday.";

  private static LanguageSpinDetector detector(String... pairs) {
    List<String> all = new ArrayList<>(List.of("bridge=viaduct"));
    all.addAll(List.of(pairs));
    return new LanguageSpinDetector(
        MODEL,
        TinyThesaurus.of(all.toArray(new String[0])),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));
  }

  /** The flags of the spun sentences and {@link #PHRASE}, each as "phrase -> restoration". */
  private static List<String> flagged(LanguageSpinDetector d) {
    return d.analyze(SPUN + PHRASE).phrases().stream()
        .map(p -> p.text() + " -> " + p.restored())
        .toList();
  }

  @Test
  void restoresAWordSpunAsAListedPhraseThroughASharedNeighbour() {
    // the thesaurus lacks "asked for"~"requested" but lists "sought" beside both
    assertThat(flagged(detector("asked for=sought", "sought=requested")))
        .contains("asked for -> requested");
  }

  @Test
  void restoresAWordSpunAsAListedPhraseThroughANeighbourOfOneOfItsWords() {
    assertThat(flagged(detector("asked for=sought", "asked=requested")))
        .contains("asked for -> requested");
  }

  @Test
  void neverMakesATextLookSpun() {
    LanguageSpinDetector d = detector("asked for=sought", "sought=requested");
    assertThat(d.verdictEvidence(PHRASE)).isZero();
    assertThat(d.analyze(PHRASE).phrases()).isEmpty();
  }

  @Test
  void leavesAPhraseTheThesaurusDoesNotListAlone() {
    // "asked"~"requested" is listed, but the phrase "asked for" has no entry: a free combination
    assertThat(flagged(detector("asked=requested"))).noneMatch(f -> f.startsWith("asked for ->"));
  }

  @Test
  void relatesNoWordOfThePhraseItself() {
    Relatedness r =
        new Relatedness(
            TinyThesaurus.of("asked for=sought", "sought=requested", "sought=asked"),
            KnownSpins.NONE);
    assertThat(r.relate("asked for", "asked").strength()).isZero();
    assertThat(r.relate("asked for", "requested").phraseForWord()).isTrue();
  }
}
