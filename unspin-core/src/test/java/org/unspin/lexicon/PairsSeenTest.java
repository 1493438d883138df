package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageModel.Codes#seen} answers many word pairs at once (the compact model overlaps the
 * lookups); each answer must equal {@code count > 0} of the pair asked alone.
 */
class PairsSeenTest {

  private static final List<String> WORDS =
      List.of("the", "old", "harbour", "is", "quiet", "market", "new", "opened", "by", "unheard");

  @Property(tries = 60)
  void manyPairsAtOnceAnswerAsEachAlone(
      @ForAll("texts") List<String> base, @ForAll("texts") List<String> domain) throws IOException {
    NgramCounts a = NgramCounts.of(3, base);
    NgramCounts b = NgramCounts.of(2, domain);
    CompactModel compact = SmallModels.compact(a, new int[] {1, 1, 1});
    CompactModel pruned = SmallModels.compact(a, new int[] {1, 2, 2});
    for (LanguageModel m :
        List.of(
            a,
            compact,
            pruned,
            LanguageModel.sum(a, b),
            LanguageModel.sum(compact, b),
            LanguageModel.sum(pruned, compact))) {
      assertAnswersAlone(m);
    }
  }

  @Test
  void bundledModelAnswersManyPairsAsEachAlone() {
    assertAnswersAlone(Lexicon.bundledModel());
  }

  private static void assertAnswersAlone(LanguageModel m) {
    LanguageModel.Codes codes = m.codes();
    List<long[]> pairs = new ArrayList<>();
    for (String x : WORDS) {
      for (String y : WORDS) {
        pairs.add(new long[] {codes.code(x), codes.code(y)});
      }
    }
    int n = pairs.size();
    long[] first = new long[n + 3];
    long[] second = new long[n + 3];
    for (int k = 0; k < n; k++) {
      first[k] = pairs.get(k)[0];
      second[k] = pairs.get(k)[1];
    }
    boolean[] out = new boolean[n + 3];
    out[n] = true; // beyond n: left alone
    codes.seen(first, second, n, out);
    for (int k = 0; k < n; k++) {
      assertThat(out[k]).as(k + " of " + m).isEqualTo(codes.count(pairs.get(k), 0, 2) > 0);
    }
    assertThat(out[n]).isTrue();
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return SmallModels.texts(WORDS.subList(0, 9));
  }
}
