package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedContextsTest {

  /** A letters-only context word (tokens with digits are normalised away). */
  static String ctx(String prefix, int i) {
    return prefix + (char) ('a' + i % 26) + (char) ('a' + i / 26);
  }

  /** Sentences "left word right" for each word, over {@code n} different contexts. */
  static List<String> sentences(String prefix, int n, String... words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (String w : words) {
        out.add(ctx(prefix + "l", i) + " " + w + " " + ctx(prefix + "r", i) + ".");
      }
    }
    return out;
  }

  @Test
  void wordsFillingTheSameBlanksShareTheirContextsAndOthersDoNot() {
    List<String> text = new ArrayList<>(sentences("k", 8, "declared", "announced"));
    text.addAll(sentences("m", 8, "harvest", "crop"));
    SharedContexts contexts = SharedContexts.of(NgramCounts.of(3, text));
    assertThat(contexts.inclusion("declared", "announced")).isEqualTo(1.0);
    assertThat(contexts.inclusion("harvest", "crop")).isEqualTo(1.0);
    assertThat(contexts.inclusion("declared", "crop")).isZero();
    assertThat(contexts.contexts("declared")).isEqualTo(8);
    assertThat(contexts.inclusion("declared", "never-counted")).isZero();
  }

  @Test
  void aWordUsedOnlyWhereAnotherIsUsedIsIncludedInItMoreThanTheOtherWayRound() {
    List<String> text = new ArrayList<>(sentences("k", 6, "declared", "announced"));
    text.addAll(sentences("m", 6, "announced", "unveiled"));
    SharedContexts contexts = SharedContexts.of(NgramCounts.of(3, text));
    double narrow = contexts.inclusion("declared", "announced");
    double wide = contexts.inclusion("announced", "declared");
    assertThat(narrow).isGreaterThan(wide).isLessThanOrEqualTo(1.0);
    assertThat(wide).isBetween(0.3, 0.7);
  }

  @Test
  void ignoresBlanksThatOnlyOneWordFills() {
    List<String> text = new ArrayList<>(sentences("k", 4, "declared"));
    assertThat(SharedContexts.of(NgramCounts.of(3, text)).contexts("declared")).isZero();
    text.add("Declared.");
    text.add("Announced.");
    SharedContexts contexts = SharedContexts.of(NgramCounts.of(3, text));
    assertThat(contexts.contexts("declared")).isEqualTo(1);
    assertThat(contexts.inclusion("declared", "announced")).isPositive();
  }

  @Test
  void eachLayerOfASummedModelAddsItsOwnBlanks() {
    NgramCounts first = NgramCounts.of(3, sentences("k", 5, "declared", "announced"));
    NgramCounts second = NgramCounts.of(3, sentences("m", 5, "declared", "voiced"));
    SharedContexts both = SharedContexts.of(LanguageModel.sum(first, second));
    assertThat(both.contexts("declared")).isEqualTo(10);
    assertThat(both.inclusion("declared", "announced")).isBetween(0.3, 0.7);
    assertThat(both.inclusion("announced", "declared")).isPositive();
    assertThat(SharedContexts.cached(first)).isSameAs(SharedContexts.cached(first));
  }

  @Test
  void theCompactModelGivesTheSameContextsAsTheCountsItWasBuiltFrom() throws Exception {
    List<String> text = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      text.addAll(sentences("k", 6, "declared", "announced"));
    }
    NgramCounts counts = NgramCounts.of(3, text);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    CompactModel.write(counts, new int[] {1, 1, 1}, out);
    CompactModel compact = CompactModel.read(java.nio.ByteBuffer.wrap(out.toByteArray()));
    SharedContexts a = SharedContexts.of(counts);
    SharedContexts b = SharedContexts.of(compact);
    assertThat(b.contexts("declared")).isEqualTo(a.contexts("declared")).isEqualTo(6);
    assertThat(b.inclusion("declared", "announced")).isEqualTo(1.0);
    assertThat(SharedContexts.NONE.inclusion("declared", "announced")).isZero();
  }
}
