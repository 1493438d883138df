package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The exact pair index ({@link BigramIndex}) answers {@link LanguageModel.Codes#seenBeside} as
 * probing each pair alone ({@code count > 0}) does: in compact files, in counts kept in memory
 * (also after more text is added to them), and in layered models.
 */
class PairIndexTest {

  private static final List<String> WORDS =
      List.of(
          "the", "old", "harbour", "is", "quiet", "market", "new", "opened", "by", "gulls",
          "unheard");

  @Property(tries = 80)
  void indexAnswersAsProbingEachPair(
      @ForAll("texts") List<String> base,
      @ForAll("texts") List<String> domain,
      @ForAll("texts") List<String> later)
      throws IOException {
    NgramCounts a = NgramCounts.of(3, base);
    NgramCounts b = NgramCounts.of(2, domain);
    CompactModel compact = SmallModels.compact(a, new int[] {1, 1, 1});
    CompactModel pruned = SmallModels.compact(a, new int[] {1, 2, 2});
    List<LanguageModel> models =
        List.of(
            a,
            b,
            compact,
            pruned,
            LanguageModel.sum(compact, b),
            LanguageModel.sum(pruned, compact),
            LanguageModel.sum(a, b));
    for (LanguageModel m : models) {
      assertIndexAnswersAsProbes(m, WORDS);
    }
    // a model without an index answers by probing each pair (the interface's default)
    assertIndexAnswersAsProbes(withoutIndex(compact), WORDS);
    // counts added at run time, after the index was first built, are answered too
    b.addAll(later);
    for (LanguageModel m : models) {
      assertIndexAnswersAsProbes(m, WORDS);
    }
  }

  @Test
  void smallModelListsEveryPairIncludingSentenceMarkersAndFunctionWords() throws IOException {
    NgramCounts counts =
        NgramCounts.of(3, List.of("The gulls opened the market. The market is quiet."));
    CompactModel model = SmallModels.compact(counts, new int[] {1, 1, 1});
    assertThat(model.pairIndex()).isNotNull();
    assertThat(model.pairIndex().pairs()).isEqualTo(counts.pairIndex().pairs()).isEqualTo(9);
    LanguageModel.Codes codes = model.codes();
    long the = codes.code("the");
    long[] others = {
      codes.code("market"),
      codes.code("gulls"),
      codes.code("quiet"),
      codes.code(Tokenizer.SENTENCE_START),
      codes.code("opened"),
      LanguageModel.Codes.UNKNOWN
    };
    boolean[] after = new boolean[others.length];
    codes.seenBeside(the, true, others, others.length, after);
    assertThat(after).containsExactly(true, true, false, false, false, false);
    boolean[] before = new boolean[others.length];
    codes.seenBeside(the, false, others, others.length, before);
    assertThat(before).containsExactly(false, false, false, true, true, false);
    assertThat(model.pairIndex().contains((int) codes.code("is"), (int) codes.code("quiet")))
        .isTrue();
    assertThat(model.pairIndex().contains((int) codes.code("quiet"), (int) codes.code("is")))
        .isFalse();
  }

  @Test
  void bundledModelIndexAnswersAsProbingEachPair() {
    CompactModel model = Lexicon.bundledModel();
    assertThat(model.pairIndex()).isNotNull();
    Random random = new Random(20261128);
    List<String> words = new ArrayList<>(List.of("the", "of", "said", "market", "stock"));
    while (words.size() < 150) {
      // frequent words (low ids) are paired far more often; take both kinds
      int bound = words.size() % 2 == 0 ? 2_000 : model.vocabularySize();
      words.add(model.word(random.nextInt(bound)));
    }
    assertIndexAnswersAsProbes(model, words);
  }

  /**
   * Word and pair counts asked by code (read from the compact model's arrays beside its pair index
   * once first probed) are the counts asked by words (the table probed), the first time and again,
   * in compact files with and without pruning and in summed layers.
   */
  @Property(tries = 60)
  void countsByCodeAreTheCountsByWords(
      @ForAll("texts") List<String> base, @ForAll("texts") List<String> domain) throws IOException {
    NgramCounts a = NgramCounts.of(3, base);
    CompactModel compact = SmallModels.compact(a, new int[] {1, 1, 1});
    CompactModel pruned = SmallModels.compact(a, new int[] {2, 2, 1});
    List<LanguageModel> models =
        List.of(compact, pruned, LanguageModel.sum(compact, NgramCounts.of(2, domain)));
    for (LanguageModel m : models) {
      for (int pass = 0; pass < 2; pass++) {
        assertCountsByCodeAreCountsByWords(m, WORDS);
      }
    }
  }

  /**
   * A pair's position among all pairs is its place in its first word's sorted list of followers:
   * positions of counted pairs are distinct, within the index, and rise with the follower's id, in
   * long lists (read by bit set and rank) and short ones alike; an uncounted pair has none.
   */
  @Test
  void bundledPairPositionsFollowEachListsOrder() {
    CompactModel model = Lexicon.bundledModel();
    BigramIndex index = model.pairIndex();
    Random random = new Random(20261128);
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    List<Integer> firsts = new ArrayList<>(List.of(model.id("the"), model.id("of")));
    while (firsts.size() < 60) {
      firsts.add(random.nextInt(firsts.size() % 2 == 0 ? 2_000 : model.vocabularySize()));
    }
    for (int a : firsts) {
      int last = -1;
      for (int b = 0; b < model.vocabularySize(); b++) {
        int at = index.position(a, b);
        assertThat(at >= 0).as("%d %d", a, b).isEqualTo(index.contains(a, b));
        if (at >= 0) {
          assertThat(at).isGreaterThan(last).isLessThan(index.pairs());
          assertThat(seen.add(at)).isTrue();
          last = at;
        }
      }
    }
    assertThat(index.position(model.id("the"), -1)).isEqualTo(-1);
    assertThat(index.position(model.vocabularySize(), 0)).isEqualTo(-1);
  }

  private static void assertCountsByCodeAreCountsByWords(LanguageModel m, List<String> words) {
    LanguageModel.Codes codes = m.codes();
    for (String x : words) {
      assertThat(codes.count(new long[] {codes.code(x)}, 0, 1))
          .as(x)
          .isEqualTo(m.count(List.of(x)));
      for (String y : words) {
        assertThat(codes.count(new long[] {codes.code(x), codes.code(y)}, 0, 2))
            .as("%s %s", x, y)
            .isEqualTo(m.count(List.of(x, y)));
      }
    }
  }

  /** The model's codes with only {@code code} and {@code count}: the other methods by default. */
  private static LanguageModel.Codes withoutIndex(LanguageModel m) {
    LanguageModel.Codes codes = m.codes();
    return new LanguageModel.Codes() {
      @Override
      public long code(String word) {
        return codes.code(word);
      }

      @Override
      public long count(long[] c, int from, int to) {
        return codes.count(c, from, to);
      }
    };
  }

  private static void assertIndexAnswersAsProbes(LanguageModel m, List<String> words) {
    assertIndexAnswersAsProbes(m.codes(), words);
  }

  private static void assertIndexAnswersAsProbes(LanguageModel.Codes codes, List<String> words) {
    long[] others = new long[words.size() + 1];
    for (int k = 0; k < words.size(); k++) {
      others[k] = codes.code(words.get(k));
    }
    others[words.size()] = codes.code("never-counted-word");
    int n = others.length;
    boolean[] out = new boolean[n + 1];
    long[] gram = new long[2];
    for (String w : words) {
      long word = codes.code(w);
      for (boolean after : new boolean[] {true, false}) {
        out[n] = true; // beyond n: left alone
        codes.seenBeside(word, after, others, n, out);
        for (int k = 0; k < n; k++) {
          gram[0] = after ? word : others[k];
          gram[1] = after ? others[k] : word;
          assertThat(out[k])
              .as("%s %s", after ? w : "#" + k, after ? "#" + k : w)
              .isEqualTo(codes.count(gram, 0, 2) > 0);
        }
        assertThat(out[n]).isTrue();
      }
    }
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return SmallModels.texts(WORDS.subList(0, 10));
  }
}
