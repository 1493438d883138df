package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordNetContrastsTest {

  private final WordNetContrasts contrasts = WordNetContrasts.load();

  @Test
  void antonymsContrastAlsoInflected() {
    assertThat(contrasts.contrast("buy", "sell")).isTrue();
    assertThat(contrasts.contrast("increased", "decreased")).isTrue();
    assertThat(contrasts.contrast("higher", "lower")).isTrue();
  }

  @Test
  void differentKindsOfOneThingContrast() {
    assertThat(contrasts.contrast("wheat", "barley")).isTrue();
    assertThat(contrasts.contrast("copper", "zinc")).isTrue();
  }

  @Test
  void synonymsAndUnrelatedWordsDoNotContrast() {
    assertThat(contrasts.contrast("purchase", "buy")).isFalse();
    assertThat(contrasts.contrast("stated", "said")).isFalse();
    assertThat(contrasts.contrast("bank", "purple")).isFalse();
    assertThat(contrasts.contrast("buy", "sell off")).isFalse();
    assertThat(WordNetContrasts.NONE.contrast("buy", "sell")).isFalse();
  }

  @Test
  void answersAreTheSameWhenAskedAgainInEitherOrder() {
    String[][] pairs = {
      {"increased", "decreased"},
      {"raising", "lowered"},
      {"bought", "sold"},
      {"stated", "said"},
      {"cheaper", "dearer"},
      {"wheat", "barley"},
      {"banks", "purple"}
    };
    for (String[] p : pairs) {
      boolean first = contrasts.contrast(p[0], p[1]);
      assertThat(contrasts.contrast(p[1], p[0])).as(p[1] + "/" + p[0]).isEqualTo(first);
      assertThat(contrasts.contrast(p[0], p[1])).as(p[0] + "/" + p[1]).isEqualTo(first);
    }
    assertThat(contrasts.contrast("bought", "sold")).isTrue();
  }
}
