package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class InflectionTest {

  private static final Map<String, String> IRREGULAR = Map.of("take", "took", "goose", "geese");

  private static final List<String> WORDS =
      List.of(
          "take",
          "state",
          "agency",
          "bureau",
          "run",
          "tie",
          "see",
          "box",
          "chairman",
          "news",
          "goose",
          "plan",
          "x");

  @Test
  void inflectsOneWordAsTheMatchingWordOfAPhrase() {
    for (Inflection inflection : Inflection.values()) {
      for (String w : WORDS) {
        String verb = inflection.apply(w, true, IRREGULAR);
        String noun = inflection.apply(w, false, IRREGULAR);
        assertThat(inflection.apply(w + " part", true, IRREGULAR))
            .as(inflection + " verb " + w)
            .isEqualTo(verb + " part");
        assertThat(inflection.apply("wild " + w, false, IRREGULAR))
            .as(inflection + " noun " + w)
            .isEqualTo("wild " + noun);
      }
    }
  }

  @Test
  void regularAndIrregularForms() {
    assertThat(Inflection.PAST.apply("take part", true, IRREGULAR)).isEqualTo("took part");
    assertThat(Inflection.PAST.apply("state", true, IRREGULAR)).isEqualTo("stated");
    assertThat(Inflection.S.apply("agency", false, IRREGULAR)).isEqualTo("agencies");
    assertThat(Inflection.S.apply("goose", false, IRREGULAR)).isEqualTo("geese");
    assertThat(Inflection.ING.apply("run", true, IRREGULAR)).isEqualTo("running");
    assertThat(Inflection.ING.apply("take", true, IRREGULAR)).isEqualTo("taking");
  }

  @Test
  void aVerbsIrregularPastNeverMakesItsThirdPersonOrAParticiple() {
    Map<String, String> pasts = Map.of("make", "made", "go", "went", "have", "had");
    assertThat(Inflection.S.apply("make", true, pasts)).isEqualTo("makes");
    assertThat(Inflection.S.apply("make up", true, pasts)).isEqualTo("makes up");
    assertThat(Inflection.S.apply("go", true, pasts)).isEqualTo("goes");
    assertThat(Inflection.S.apply("have", true, pasts)).isEqualTo("has");
    assertThat(Inflection.S.apply("be", true, pasts)).isEqualTo("is");
    assertThat(Inflection.S.apply("veto", true, pasts)).isEqualTo("vetoes");
    assertThat(Inflection.ING.apply("make", true, pasts)).isEqualTo("making");
    assertThat(Inflection.PAST.apply("make", true, pasts)).isEqualTo("made");
    // a noun's irregular form is its plural; a noun ending in -o is left to the regular rule
    assertThat(Inflection.S.apply("goose", false, IRREGULAR)).isEqualTo("geese");
    assertThat(Inflection.S.apply("photo", false, IRREGULAR)).isEqualTo("photos");
  }

  /** Morphology skips asking WordNet for base forms of a word no regular inflection could end. */
  @Property
  void noRegularInflectionUnlessTheWordMayEndOne(
      @ForAll @StringLength(min = 1, max = 12) @Chars({'a', 'd', 'e', 'g', 'i', 'n', 's', '-', 't'})
          String word,
      @ForAll @StringLength(max = 12) @Chars({'a', 'd', 'e', 'g', 'i', 'n', 's', '-', 't'})
          String base,
      @ForAll boolean verb) {
    if (!Inflection.mayEnd(word, verb)) {
      assertThat(Inflection.of(verb, word, base, false)).isNull();
      // the word that inflects is a verb's first and a noun's last
      String surface = verb ? word + " off" : "wild " + word;
      String phraseBase = verb ? base + " off" : "wild " + base;
      assertThat(Inflection.of(verb, surface, phraseBase, false)).isNull();
    }
  }

  @Test
  void readingsOfHyphenatedWordsAndGuessesAtTheirBaseForms() {
    Morphology morphology = Morphology.load();
    assertThat(morphology.analyzeLive("tassel-shap")).isEmpty();
    assertThat(morphology.analyzeLive("tassel-shape")).isEmpty();
    assertThat(morphology.analyzeLive("forward-looking"))
        .extracting(Morphology.Analysis::base)
        .containsExactly("forward", "look");
    assertThat(morphology.analyzeLive("geese"))
        .extracting(Morphology.Analysis::base)
        .contains("goose");
  }
}
