package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.CompactModel;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.NgramCounts;
import org.unspin.lexicon.Tokenizer;

class ContextScorerTest {

  private static final NgramCounts COUNTS = new NgramCounts(4);
  private static final NgramCounts DOMAIN = new NgramCounts(4);

  static {
    COUNTS.add("The minister said the first stop on the tour was the capital.");
    COUNTS.add("The company said profits rose in the first quarter of the year.");
    COUNTS.add("The company said the first quarter was weak. The bank said profits rose.");
    COUNTS.add("The bank is due to meet the minister on Monday, the company said.");
    DOMAIN.add("The bank said the first quarter of the year was strong.");
    DOMAIN.add("Profits rose at the bank in the quarter, the minister said on Monday.");
  }

  /** The same counts pruned as the bundled model is (trigrams and 4-grams seen twice or more). */
  private static final CompactModel PRUNED = compact(COUNTS, new int[] {1, 1, 2, 2});

  private static final List<String> WORDS =
      List.of(
          "the",
          "minister",
          "said",
          "first",
          "quarter",
          "company",
          "bank",
          "profits",
          "rose",
          "of",
          "year",
          "on",
          "monday",
          "unheard",
          Tokenizer.SENTENCE_START,
          Tokenizer.SENTENCE_END);

  /** Every kind of model the scorer meets: one layer, pruned, two layers, and no word codes. */
  private static final List<LanguageModel> MODELS =
      List.of(
          COUNTS,
          PRUNED,
          LanguageModel.sum(PRUNED, DOMAIN),
          withoutCodes(LanguageModel.sum(PRUNED, DOMAIN)));

  @Provide
  Arbitrary<List<String>> windows() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(7);
  }

  @Property(tries = 400)
  void logProbReachingIsTheLogProbOrStopsOnlyBelowTheBound(
      @ForAll("windows") List<String> window, @ForAll double slack) {
    String[] words = window.toArray(new String[0]);
    for (LanguageModel lm : MODELS) {
      for (int from = 0; from < words.length; from++) {
        ContextScorer scorer = new ContextScorer(lm, 4);
        long[] tokens = scorer.tokens(words);
        double full = scorer.logProb(tokens, from, tokens.length);
        double least = Double.isFinite(slack) ? full + slack % 30 : full;
        double reaching = scorer.logProbReaching(tokens, from, tokens.length, least);
        assertReachesAsScored(reaching, full, least);
      }
    }
  }

  @Property(tries = 300)
  void aSpansFrameScoresEachWordingAsItsWholeWindow(
      @ForAll("windows") List<String> left,
      @ForAll("windows") List<String> middle,
      @ForAll("windows") List<String> right,
      @ForAll double slack) {
    for (LanguageModel lm : MODELS) {
      ContextScorer scorer = new ContextScorer(lm, 4);
      long[] l = scorer.tokens(left.subList(0, Math.min(3, left.size())).toArray(new String[0]));
      long[] m =
          scorer.tokens(middle.subList(0, Math.min(3, middle.size())).toArray(new String[0]));
      long[] r = scorer.tokens(right.subList(0, Math.min(3, right.size())).toArray(new String[0]));
      long[] window = new long[l.length + m.length + r.length];
      System.arraycopy(l, 0, window, 0, l.length);
      System.arraycopy(m, 0, window, l.length, m.length);
      System.arraycopy(r, 0, window, l.length + m.length, r.length);
      // a fresh scorer for the expected figure: the frame's scorer remembers what it is told
      List<String> all = new ArrayList<>(left.subList(0, l.length));
      all.addAll(middle.subList(0, m.length));
      all.addAll(right.subList(0, r.length));
      ContextScorer fresh = new ContextScorer(lm, 4);
      double full =
          fresh.logProb(fresh.tokens(all.toArray(new String[0])), l.length, window.length);
      double least = Double.isFinite(slack) ? full + slack % 30 : full;
      // the pairs the neighbour check would find unseen, told as it tells them
      boolean unseenAfter = !scorer.seen(l[l.length - 1], m[0]);
      boolean unseenBefore = !scorer.seen(m[m.length - 1], r[0]);
      ContextScorer.Frame frame = scorer.frame(l, r);
      for (int pass = 0; pass < 2; pass++) {
        double got =
            scorer.logProbReaching(frame, m, 0, m.length, least, unseenAfter, unseenBefore);
        if (got == Double.NEGATIVE_INFINITY) {
          assertThat(full).isLessThan(least);
        } else {
          assertThat(got).isEqualTo(full);
        }
        assertThat(scorer.logProbReaching(frame, m, 0, m.length, Double.NEGATIVE_INFINITY))
            .isEqualTo(full);
      }
    }
  }

  /**
   * One frame scores many wordings of different lengths, some after an unseen pair with the first
   * right word (whose right words' figures the frame remembers per length): each as its whole
   * window, to the last bit, or stopped only below the bound.
   */
  @Property(tries = 200)
  void aFrameRemembersTheRightWordsAfterUnseenPairsExactly(
      @ForAll("windows") List<String> left,
      @ForAll("windows") List<String> right,
      @ForAll("middles") List<List<String>> middles,
      @ForAll double slack) {
    for (LanguageModel lm : MODELS) {
      ContextScorer scorer = new ContextScorer(lm, 4);
      List<String> ls = left.subList(0, Math.min(3, left.size()));
      List<String> rs = right.subList(0, Math.min(3, right.size()));
      long[] l = scorer.tokens(ls.toArray(new String[0]));
      long[] r = scorer.tokens(rs.toArray(new String[0]));
      ContextScorer.Frame frame = scorer.frame(l, r);
      for (List<String> middle : middles) {
        long[] m = scorer.tokens(middle.toArray(new String[0]));
        List<String> all = new ArrayList<>(ls);
        all.addAll(middle);
        all.addAll(rs);
        ContextScorer fresh = new ContextScorer(lm, 4);
        double full = fresh.logProb(fresh.tokens(all.toArray(new String[0])), l.length, all.size());
        double least = Double.isFinite(slack) ? full + slack % 30 : full;
        boolean unseenAfter = !scorer.seen(l[l.length - 1], m[0]);
        boolean unseenBefore = !scorer.seen(m[m.length - 1], r[0]);
        double got =
            scorer.logProbReaching(frame, m, 0, m.length, least, unseenAfter, unseenBefore);
        assertReachesAsScored(got, full, least);
      }
    }
  }

  /**
   * A score asked to reach {@code least} is the full score, or minus infinity only when the full
   * score falls short of {@code least}.
   */
  private static void assertReachesAsScored(double got, double full, double least) {
    if (got == Double.NEGATIVE_INFINITY) {
      assertThat(full).isLessThan(least);
    } else {
      assertThat(got).isEqualTo(full);
    }
    if (least <= full) {
      assertThat(got).isEqualTo(full);
    }
  }

  @Provide
  Arbitrary<List<List<String>>> middles() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 400)
  void aWindowThatCannotReachABoundScoresBelowIt(
      @ForAll("windows") List<String> window, @ForAll double slack) {
    String[] words = window.toArray(new String[0]);
    for (LanguageModel lm : MODELS) {
      ContextScorer scorer = new ContextScorer(lm, 4);
      for (int from = 0; from < words.length; from++) {
        double full = scorer.logProb(words, from, words.length);
        double least = Double.isFinite(slack) ? full + slack % 30 : full;
        if (!scorer.canReach(words.length - from, least)) {
          assertThat(full).isLessThan(least);
        }
      }
    }
    ContextScorer scorer = new ContextScorer(COUNTS, 4);
    assertThat(scorer.canReach(3, -1)).isTrue();
    assertThat(scorer.canReach(3, 3 * Math.log(2) + 1)).isFalse();
  }

  @Test
  void logProbReachingStopsEarlyForAWindowFarBelowTheBound() {
    ContextScorer scorer = new ContextScorer(COUNTS, 4);
    long[] tokens = scorer.tokens(new String[] {"the", "unheard", "monday", "rose", "of"});
    assertThat(scorer.logProbReaching(tokens, 1, tokens.length, 0))
        .isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Property(tries = 400)
  void logProbIsStupidBackoffSearchedFromTheLongestNgramDown(
      @ForAll("windows") List<String> window) {
    String[] words = window.toArray(new String[0]);
    for (LanguageModel lm : MODELS) {
      for (int from = 0; from < words.length; from++) {
        ContextScorer scorer = new ContextScorer(lm, 4);
        double expected = reference(lm, words, from);
        assertThat(scorer.logProb(words, from, words.length)).isEqualTo(expected);
        assertThat(scorer.logProb(scorer.tokens(words), from, words.length)).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 200)
  void countsByTokenAndByWordAgreeWithTheModel(@ForAll("windows") List<String> window) {
    String[] words = window.subList(0, Math.min(4, window.size())).toArray(new String[0]);
    for (LanguageModel lm : MODELS) {
      ContextScorer scorer = new ContextScorer(lm, 4);
      long expected = lm.count(Arrays.asList(words));
      assertThat(scorer.count(words, 0, words.length)).isEqualTo(expected);
      assertThat(scorer.count(scorer.tokens(words), 0, words.length)).isEqualTo(expected);
      if (words.length == 2) {
        assertThat(scorer.count(scorer.token(words[0]), scorer.token(words[1])))
            .isEqualTo(expected);
      }
    }
  }

  @Property(tries = 200)
  void countsAfterShorterUnseenNgramsWereRememberedAgreeWithTheModel(
      @ForAll("windows") List<String> first, @ForAll("windows") List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    String[] words = all.toArray(new String[0]);
    for (LanguageModel lm : MODELS) {
      ContextScorer scorer = new ContextScorer(lm, 4);
      // every n-gram of the window, shortest first, so longer ones meet remembered zeros
      for (int n = 1; n <= 4; n++) {
        for (int from = 0; from + n <= words.length; from++) {
          long expected = lm.count(Arrays.asList(words).subList(from, from + n));
          assertThat(scorer.count(words, from, from + n)).isEqualTo(expected);
        }
      }
    }
  }

  @Property(tries = 200)
  void pairsAskedTogetherOrAloneAreSeenAsTheModelCountsThem(
      @ForAll("windows") List<String> window) {
    String[] words = window.toArray(new String[0]);
    for (LanguageModel lm : MODELS) {
      ContextScorer scorer = new ContextScorer(lm, 4);
      int n = words.length - 1;
      long[] a = new long[n];
      long[] b = new long[n];
      for (int k = 0; k < n; k++) {
        a[k] = scorer.token(words[k]);
        b[k] = scorer.token(words[k + 1]);
      }
      // twice: the second time from the scorer's memory
      for (int pass = 0; pass < 2; pass++) {
        boolean[] seen = new boolean[n];
        scorer.seen(a, b, n, seen);
        for (int k = 0; k < n; k++) {
          boolean expected = lm.count(List.of(words[k], words[k + 1])) > 0;
          assertThat(seen[k]).as(words[k] + " " + words[k + 1]).isEqualTo(expected);
          assertThat(scorer.seen(a[k], b[k])).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void tokensAreTheModelsCodesOnlyWhenItHasThem() {
    assertThat(new ContextScorer(COUNTS, 4).stableTokens()).isTrue();
    assertThat(new ContextScorer(withoutCodes(COUNTS), 4).stableTokens()).isFalse();
    ContextScorer a = new ContextScorer(PRUNED, 4);
    ContextScorer b = new ContextScorer(PRUNED, 4);
    b.token("bank");
    assertThat(a.token("minister")).isEqualTo(b.token("minister"));
  }

  /** Stupid backoff as first written: the longest counted n-gram ending at each word, down. */
  private static double reference(LanguageModel lm, String[] words, int from) {
    int order = Math.min(4, lm.order());
    double logTokens = Math.log(Math.max(1, lm.tokens()));
    double sum = 0;
    for (int k = from; k < words.length; k++) {
      double penalty = 0;
      double term = Double.NaN;
      for (int h = Math.min(order - 1, k); h >= 1 && Double.isNaN(term); h--) {
        long joint = lm.count(Arrays.asList(words).subList(k - h, k + 1));
        long hist = joint > 0 ? lm.count(Arrays.asList(words).subList(k - h, k)) : 0;
        if (hist > 0) {
          term = penalty + Math.log((double) joint / hist);
        } else {
          penalty += Math.log(0.4);
        }
      }
      if (Double.isNaN(term)) {
        term = penalty + Math.log(lm.count(List.of(words[k])) + 0.1) - logTokens;
      }
      sum += term;
    }
    return sum;
  }

  private static CompactModel compact(NgramCounts counts, int[] minCounts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      CompactModel.write(counts, minCounts, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CompactModel.read(ByteBuffer.wrap(out.toByteArray()));
  }

  private static LanguageModel withoutCodes(LanguageModel lm) {
    return new LanguageModel() {
      @Override
      public int order() {
        return lm.order();
      }

      @Override
      public long count(List<String> words) {
        return lm.count(new ArrayList<>(words));
      }

      @Override
      public long tokens() {
        return lm.tokens();
      }

      @Override
      public List<Filler> fillers(List<String> left, List<String> right, int maxWords, int limit) {
        return lm.fillers(left, right, maxWords, limit);
      }
    };
  }
}
