package org.unspin;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnspinTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Council Approves New Bridge|Council approves new bridge",
        "NATO Chief Arrives In Seoul|NATO chief arrives in seoul",
        "Electronics Maker to Build Chip Plant, Creating 3,000 Jobs|Electronics maker to build chip plant, creating 3,000 jobs",
        "already lower case|already lower case",
      })
  void headlinesAreReadAsSentences(String title, String sentence) {
    assertThat(Unspin.sentenceCase(title)).isEqualTo(sentence);
  }

  @Property(tries = 300)
  void sentenceCaseKeepsLengthAndLetters(@ForAll String title) {
    String s = Unspin.sentenceCase(title);
    assertThat(s).hasSize(title.length()).isEqualToIgnoringCase(title);
  }
}
