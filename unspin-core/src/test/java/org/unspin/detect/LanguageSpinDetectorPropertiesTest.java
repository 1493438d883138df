package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.unspin.lexicon.NgramCounts;

class LanguageSpinDetectorPropertiesTest {

  private static final NgramCounts MODEL = new NgramCounts(4);

  static {
    MODEL.add("The minister said the first stop on the tour was the capital.");
    MODEL.add("The company said profits rose in the first quarter of the year.");
    MODEL.add("The bank is due to meet the minister on Monday.");
  }

  private static final LanguageSpinDetector DETECTOR =
      new LanguageSpinDetector(
          MODEL,
          TinyThesaurus.of("first=primary", "stop=cease", "said=stated", "due to=because of"),
          KnownSpins.NONE,
          LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));

  @Property(tries = 300)
  void phrasesStayInsideTheTextInOrderAndRestoreCleanly(
      @ForAll @StringLength(max = 400) String noise) {
    String text = "The minister stated the primary cease on the tour. " + noise;
    SpinAnalysis a = DETECTOR.analyze(text);
    int at = 0;
    for (SpunPhrase p : a.phrases()) {
      assertThat(p.start()).isGreaterThanOrEqualTo(at);
      assertThat(p.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      at = p.end();
    }
    assertThat(a.score()).isBetween(0.0, 1.0);
    assertThat(a.changedWordRate()).isBetween(0.0, 1.0);
    String restored = a.restore(text);
    int first = a.phrases().isEmpty() ? text.length() : a.phrases().get(0).start();
    assertThat(restored).startsWith(text.substring(0, first)).endsWith(text.substring(at));
  }

  @Property(tries = 300)
  void neverThrowsOnAnyString(@ForAll @StringLength(max = 300) String any) {
    assertThat(DETECTOR.analyze(any)).isNotNull();
  }
}
