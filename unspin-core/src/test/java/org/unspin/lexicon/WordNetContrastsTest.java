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
}
