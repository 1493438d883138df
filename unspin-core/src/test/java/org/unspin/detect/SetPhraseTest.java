package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

/**
 * A single spun phrase in otherwise clean text: a pair of words the model never saw together, one
 * of which nearly always comes in a set phrase with a thesaurus neighbour of the other, is flagged
 * and restored on that evidence alone, and the text is not called spun for it.
 */
class SetPhraseTest {

  /**
   * Invented news sentences: "harbour" nearly always comes before "authority"; "bureau" is seen
   * once ({@link #model}).
   */
  private static final String CORPUS =
      """
      The harbour authority said on Friday that the ferry would sail again soon.
      Officials at the harbour authority closed the pier for repairs in the spring.
      The city council asked the harbour authority for more money.
      Ships wait outside the harbour when the weather is bad.
      Farmers in the north said the rain came late this year and the harvest would be small.
      Prices of wheat and corn rose for a third week as traders worried about the dry summer.
      The school board voted to hire twelve new teachers and to repair the roof of the gym.
      Police said two men were arrested after a fight outside a bar late on Saturday night.
      """;

  /** A clean invented paragraph but for one spun pair: "harbour bureau". */
  private static final String TEXT =
      "The city council asked the harbour bureau for more money on Monday. The ferry would sail"
          + " again soon, officials said.";

  private static NgramCounts model(String extra, int times) {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 30; k++) {
      text.add(CORPUS);
    }
    for (int k = 0; k < times; k++) {
      text.add(extra);
    }
    // a rare word, so that its absence beside "harbour" is no surprise on its own
    text.add("The bureau of roads will open a new office next month.");
    return NgramCounts.of(4, text);
  }

  private static LanguageSpinDetector detector(NgramCounts model) {
    return new LanguageSpinDetector(
        model,
        TinyThesaurus.of("authority=bureau"),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults());
  }

  private static List<SpunPhrase> setPhraseFlags(SpinAnalysis a) {
    return a.phrases().stream().filter(p -> p.evidence().contains("a set phrase")).toList();
  }

  @Test
  void flagsAndRestoresAPairSpunFromASetPhrase() {
    SpinAnalysis a = detector(model("", 0)).analyze(TEXT);
    List<SpunPhrase> flags = setPhraseFlags(a);
    assertThat(flags).as(a.toString()).hasSize(1);
    SpunPhrase p = flags.get(0);
    assertThat(p.text()).isEqualTo("bureau");
    assertThat(p.restored()).isEqualTo("authority");
    assertThat(TEXT.substring(p.start(), p.end())).isEqualTo("bureau");
    assertThat(p.evidence()).contains("'harbour' comes in it");
    assertThat(a.verdict()).isNotEqualTo(SpinAnalysis.Verdict.SPUN);
  }

  @Test
  void leavesTheSetPhraseItselfAlone() {
    String clean = TEXT.replace("harbour bureau", "harbour authority");
    assertThat(setPhraseFlags(detector(model("", 0)).analyze(clean))).isEmpty();
  }

  @Test
  void needsAWordThatComesInTheSetPhraseMoreOftenThanNot() {
    // "harbour" now comes before "authority" in a third of its uses: no set phrase of its own
    NgramCounts model =
        model(
            "Boats crowd the harbour. Fish swim in the harbour. The old lighthouse keeper walked"
                + " along the beach every morning before the town woke up, and his dog ran ahead"
                + " of him past the nets and the boats that lay on the sand.",
            60);
    assertThat(setPhraseFlags(detector(model).analyze(TEXT))).isEmpty();
  }

  @Test
  void theBundledModelRestoresASpunSetPhraseInACleanParagraph() {
    String text =
        "Lawyers for the two families said on Monday that they would take the dispute over the old"
            + " farm to the supreme tribunal. A lower court ruled last month that the land belonged"
            + " to the county, which plans to build a school and a small park there.";
    SpinAnalysis a = StandardDetector.get().analyze(text);
    assertThat(a.phrases())
        .extracting(p -> p.text() + " -> " + p.restored())
        .containsExactly("tribunal -> court");
    assertThat(a.verdict()).isNotEqualTo(SpinAnalysis.Verdict.SPUN);
    assertThat(StandardDetector.get().analyze(text.replace("tribunal", "court")).phrases())
        .isEmpty();
  }
}
