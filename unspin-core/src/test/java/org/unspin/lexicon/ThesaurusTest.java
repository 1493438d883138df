package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThesaurusTest {

  @Test
  void wordNetListsSingleAndMultiWordSynonyms() {
    WordNetThesaurus wordNet = WordNetThesaurus.load();
    assertThat(wordNet.related("participate")).contains("take part");
    assertThat(wordNet.related("take part")).contains("participate");
    assertThat(wordNet.related("no such entry here")).isEmpty();
  }

  @Test
  void wordNetCarriesInflectionsOverToSynonyms() {
    WordNetThesaurus wordNet = WordNetThesaurus.load();
    assertThat(wordNet.related("said")).contains("stated", "aforesaid");
    assertThat(wordNet.related("agencies"))
        .contains("bureaux", "authorities")
        .doesNotContain("meanses");
    assertThat(wordNet.related("took part")).contains("participated");
    assertThat(wordNet.related("meeting")).contains("group meeting", "encountering");
  }

  @Test
  void inflectingThesaurusCarriesInflectionsOverFromBaseForms() {
    Thesaurus base =
        p ->
            switch (p) {
              case "say" -> java.util.List.of("state", "tell");
              case "agency" -> java.util.List.of("bureau", "office");
              case "said" -> java.util.List.of("aforesaid");
              case "take part" -> java.util.List.of("participate");
              default -> java.util.List.of();
            };
    Thesaurus inflecting = new InflectingThesaurus(base, Morphology.load());
    assertThat(inflecting.related("said")).containsExactly("stated", "aforesaid", "told");
    assertThat(inflecting.related("agencies")).containsExactly("bureaux", "offices");
    assertThat(inflecting.related("took part")).containsExactly("participated");
    assertThat(inflecting.related("taking part")).containsExactly("participating");
    assertThat(inflecting.related("agency")).containsExactly("bureau", "office");
  }

  @Test
  void myThesKeepsSynonymsAndSimilarTermsButNotGenericOnes() throws IOException {
    String dat =
        "UTF-8\nbig|2\n(adj)|large|huge (similar term)|size (related term)\n"
            + "(adj)|Great|major (generic term)\nsmall|1\n(adj)|little\n";
    MyThesThesaurus t =
        MyThesThesaurus.read(new ByteArrayInputStream(dat.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.related("big")).containsExactly("large", "huge");
    assertThat(t.related("small")).containsExactly("little");
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void unionMergesInOrderWithoutRepeats() {
    Thesaurus a = p -> java.util.List.of("x", "y");
    Thesaurus b = p -> java.util.List.of("y", "z", p);
    assertThat(Thesaurus.union(java.util.List.of(a, b)).related("w"))
        .containsExactly("x", "y", "z");
  }
}
