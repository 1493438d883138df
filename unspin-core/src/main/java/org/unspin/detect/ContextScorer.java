package org.unspin.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lexicon.LanguageModel;

/**
 * Log-probabilities of short word windows under a stupid-backoff n-gram model. One instance per
 * analysed text (it memoises counts under packed word-id keys), never shared between threads.
 */
final class ContextScorer {

  private static final double BACKOFF = Math.log(0.4);

  /** Local word ids fit in 16 bits each (0 is "no word"), so four of them pack into a long. */
  private static final int MAX_LOCAL_IDS = 0xFFFF;

  private final LanguageModel lm;
  private final int order;
  private final double logTokens;
  private final Map<String, Integer> localIds = new HashMap<>();
  private final CountMemo memo = new CountMemo();
  private final Map<List<String>, Long> overflow = new HashMap<>();

  /** The model's word codes, or null (then n-grams are counted by their words). */
  private final LanguageModel.Codes codes;

  /** The model's code of each local id. */
  private long[] codeOf = new long[256];

  /** Scratch codes of the n-gram being counted. */
  private final long[] gram = new long[4];

  ContextScorer(LanguageModel lm, int maxOrder) {
    this.lm = lm;
    this.order = Math.max(1, Math.min(maxOrder, lm.order()));
    this.logTokens = Math.log(Math.max(1, lm.tokens()));
    this.codes = lm.codes();
  }

  int order() {
    return order;
  }

  /** The count of {@code words[from, to)}. */
  long count(String[] words, int from, int to) {
    if (to - from > order || to <= from) {
      return 0;
    }
    if (to - from > 4) {
      return slowCount(words, from, to);
    }
    long key = 0;
    for (int k = from; k < to; k++) {
      int id = localId(words[k]);
      if (id < 0) {
        return slowCount(words, from, to);
      }
      key = (key << 16) | id;
      if (codes != null) {
        gram[k - from] = codeOf[id];
      }
    }
    return memoised(key, words, from, to);
  }

  /** The count of the n-gram with packed key {@code key}, its codes in {@link #gram}. */
  private long memoised(long key, String[] words, int from, int to) {
    long hit = memo.get(key);
    if (hit >= 0) {
      return hit;
    }
    long c =
        codes != null
            ? codes.count(gram, 0, to - from)
            : lm.count(List.of(Arrays.copyOfRange(words, from, to)));
    memo.put(key, c);
    return c;
  }

  /** The count of {@code ids[from, to)} (local ids of {@code words}, at most 4 of them). */
  private long count(int[] ids, String[] words, int from, int to) {
    if (to - from > order || to <= from) {
      return 0;
    }
    long key = 0;
    for (int k = from; k < to; k++) {
      key = (key << 16) | ids[k];
      if (codes != null) {
        gram[k - from] = codeOf[ids[k]];
      }
    }
    return memoised(key, words, from, to);
  }

  private int localId(String word) {
    Integer id = localIds.get(word);
    if (id != null) {
      return id;
    }
    if (localIds.size() >= MAX_LOCAL_IDS - 1) {
      return -1;
    }
    int next = localIds.size() + 1;
    localIds.put(word, next);
    if (codes != null) {
      if (next == codeOf.length) {
        codeOf = Arrays.copyOf(codeOf, next * 2);
      }
      codeOf[next] = codes.code(word);
    }
    return next;
  }

  private long slowCount(String[] words, int from, int to) {
    List<String> key = List.of(Arrays.copyOfRange(words, from, to));
    return overflow.computeIfAbsent(key, lm::count);
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
    int[] ids = new int[to];
    for (int k = 0; k < to; k++) {
      ids[k] = localId(words[k]);
      if (ids[k] < 0 || order > 4) {
        ids = null;
        break;
      }
    }
    double sum = 0;
    for (int k = from; k < to; k++) {
      sum += ids != null ? logProbAt(ids, words, k) : logProbAt(words, k);
    }
    return sum;
  }

  /** {@link #logProbAt(String[], int)} over the words' local ids. */
  private double logProbAt(int[] ids, String[] words, int k) {
    double penalty = 0;
    for (int h = Math.min(order - 1, k); h >= 1; h--) {
      long joint = count(ids, words, k - h, k + 1);
      if (joint > 0) {
        long hist = count(ids, words, k - h, k);
        if (hist > 0) {
          return penalty + Math.log((double) joint / hist);
        }
      }
      penalty += BACKOFF;
    }
    long c = count(ids, words, k, k + 1);
    return penalty + Math.log(c + 0.1) - logTokens;
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

  /** An open-addressing map from non-zero packed keys to non-negative counts. */
  private static final class CountMemo {
    private long[] keys = new long[1 << 14];
    private long[] values = new long[1 << 14];
    private int size;

    long get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == 0) {
          return -1;
        }
      }
    }

    void put(long key, long value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        size++;
      }
      keys[i] = key;
      values[i] = value;
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new long[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29)) & mask;
    }
  }
}
