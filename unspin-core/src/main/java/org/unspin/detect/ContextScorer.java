package org.unspin.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lexicon.LanguageModel;

/**
 * Log-probabilities of short word windows under a stupid-backoff n-gram model. One instance per
 * analysed text (it memoises counts), never shared between threads.
 */
final class ContextScorer {

  private static final double BACKOFF = Math.log(0.4);

  private final LanguageModel lm;
  private final int order;
  private final double logTokens;
  private final Map<List<String>, Long> memo = new HashMap<>();

  ContextScorer(LanguageModel lm, int maxOrder) {
    this.lm = lm;
    this.order = Math.max(1, Math.min(maxOrder, lm.order()));
    this.logTokens = Math.log(Math.max(1, lm.tokens()));
  }

  int order() {
    return order;
  }

  /** The count of {@code words[from, to)}. */
  long count(String[] words, int from, int to) {
    if (to - from > order || to <= from) {
      return 0;
    }
    List<String> key = Arrays.asList(words).subList(from, to);
    Long hit = memo.get(key);
    if (hit != null) {
      return hit;
    }
    List<String> copy = List.of(Arrays.copyOfRange(words, from, to));
    long c = lm.count(copy);
    memo.put(copy, c);
    return c;
  }

  /** The count of one word. */
  long count(String word) {
    return count(new String[] {word}, 0, 1);
  }

  /** The count of two words in sequence. */
  long count(String a, String b) {
    return count(new String[] {a, b}, 0, 2);
  }

  /** Sum of log P(words[k] | history) for k in [from, to), the history starting at index 0. */
  double logProb(String[] words, int from, int to) {
    double sum = 0;
    for (int k = from; k < to; k++) {
      sum += logProbAt(words, k);
    }
    return sum;
  }

  private double logProbAt(String[] words, int k) {
    double penalty = 0;
    for (int h = Math.min(order - 1, k); h >= 1; h--) {
      long joint = count(words, k - h, k + 1);
      if (joint > 0) {
        long hist = count(words, k - h, k);
        if (hist > 0) {
          return penalty + Math.log((double) joint / hist);
        }
      }
      penalty += BACKOFF;
    }
    long c = count(words, k, k + 1);
    return penalty + Math.log(c + 0.1) - logTokens;
  }
}
