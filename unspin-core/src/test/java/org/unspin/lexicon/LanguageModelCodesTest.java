package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageModelCodesTest {

  private static final List<List<String>> GRAMS =
      List.of(
          List.of("the"),
          List.of("harbour"),
          List.of("the", "harbour"),
          List.of("the", "old", "harbour"),
          List.of(Tokenizer.SENTENCE_START, "the", "old", "harbour"),
          List.of("the", "new", "market"),
          List.of("unheard"),
          List.of("the", "unheard"),
          List.of("a", "b", "c", "d", "e"));

  private static long countByCodes(LanguageModel m, List<String> words) {
    LanguageModel.Codes codes = m.codes();
    long[] c = new long[words.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = codes.code(words.get(i));
    }
    return codes.count(c, 0, c.length);
  }

  @Test
  void codesCountAsWordsDoInOneLayerAndInTwo() {
    NgramCounts base = NgramCounts.of(4, List.of("The old harbour is quiet. The old market."));
    NgramCounts domain = NgramCounts.of(3, List.of("The new market opened by the old harbour."));
    LanguageModel summed = LanguageModel.sum(base, domain);
    for (LanguageModel m : List.of(base, domain, summed)) {
      for (List<String> g : GRAMS) {
        assertThat(countByCodes(m, g)).as(g.toString()).isEqualTo(m.count(g));
      }
    }
    assertThat(summed.count(List.of("the", "old", "harbour"))).isEqualTo(2);
    assertThat(summed.codes().code("unheard")).isEqualTo(LanguageModel.Codes.UNKNOWN);
  }

  @Test
  void threeLayersOfferNoCodes() {
    NgramCounts a = NgramCounts.of(2, List.of("a b"));
    assertThat(LanguageModel.sum(a, a, a).codes()).isNull();
  }
}
