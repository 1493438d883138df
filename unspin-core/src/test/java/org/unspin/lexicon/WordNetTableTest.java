package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetTableTest {

  /** Lemmas, inflected forms, irregular forms, multi-word entries, non-words and edge cases. */
  private static final List<String> PHRASES =
      List.of(
          "participate",
          "take part",
          "took part",
          "taking part",
          "said",
          "agencies",
          "meeting",
          "deferreds",
          "iss",
          "went",
          "children",
          "bureaux",
          "due to",
          "more and more",
          "increasing",
          "the",
          "of",
          "qzxv",
          "harbour",
          "harbours",
          "well-known",
          "o'clock",
          "no such entry here",
          "running",
          "ran",
          "geese",
          "analyses",
          "crises");

  @Test
  void tableAnswersExactlyAsWordNetItself() {
    WordNetThesaurus table = WordNetThesaurus.load();
    WordNetThesaurus live = WordNetThesaurus.loadLive();
    assertThat(WordNetTable.bundled()).as("the bundled table").isNotNull();
    for (String p : PHRASES) {
      assertThat(table.related(p)).as(p).isEqualTo(live.lookUpLive(p));
      assertThat(table.morphology().analyze(p))
          .as("readings of " + p)
          .isEqualTo(live.morphology().analyzeLive(p));
    }
  }

  @Test
  void tableCoversLowerCaseLetterPhrasesOnly() {
    assertThat(WordNetTable.covers("take part")).isTrue();
    assertThat(WordNetTable.covers("said")).isTrue();
    assertThat(WordNetTable.covers("well-known")).isFalse();
    assertThat(WordNetTable.covers("take  part")).isFalse();
    assertThat(WordNetTable.covers(" said")).isFalse();
    assertThat(WordNetTable.covers("Said")).isFalse();
    assertThat(WordNetTable.covers("")).isFalse();
  }

  @Test
  void bundledTableHoldsLemmasAndInflectedForms() {
    WordNetTable t = WordNetTable.bundled();
    assertThat(t.size()).isGreaterThan(200_000);
    assertThat(t.mayBeInflected("took part")).isTrue();
    assertThat(t.mayBeInflected("participate")).isFalse();
    assertThat(t.related("participate")).contains("take part");
  }

  @Test
  void everyRowAnswersAsTheDecodedFileSays() throws IOException {
    byte[] bytes;
    try (InputStream in = WordNetTable.class.getResourceAsStream(WordNetTable.RESOURCE)) {
      bytes = in.readAllBytes();
    }
    WordNetTable table = WordNetTable.read(ByteBuffer.wrap(bytes));
    // decoded front to back: strings, then rows of (phrase, flags, related phrases)
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.position(12);
    String[] strings = new String[in.getInt()];
    for (int i = 0; i < strings.length; i++) {
      byte[] b = new byte[in.get() & 0xFF];
      in.get(b);
      strings[i] = new String(b, StandardCharsets.UTF_8);
    }
    int rows = in.getInt();
    for (int k = 0; k < rows; k++) {
      String phrase = strings[in.getInt()];
      boolean inflected = (in.get() & 1) != 0;
      List<String> related = new ArrayList<>();
      for (int n = in.getShort() & 0xFFFF; n > 0; n--) {
        related.add(strings[in.getInt()]);
      }
      assertThat(table.related(phrase)).as(phrase).isEqualTo(related);
      assertThat(table.mayBeInflected(phrase)).as(phrase).isEqualTo(inflected);
    }
    assertThat(table.size()).isEqualTo(rows);
    assertThat(table.related("qzxv")).isEmpty();
    assertThat(table.mayBeInflected("qzxv")).isFalse();
  }
}
