package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
}
