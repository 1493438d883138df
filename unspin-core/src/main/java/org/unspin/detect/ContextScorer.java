package org.unspin.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.internal.NgramHash;

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
  private final LocalIds localIds = new LocalIds();
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
        long code = codeOf[ids[k]];
        if (code == LanguageModel.Codes.UNKNOWN) {
          return 0; // a word no layer counted is in no n-gram
        }
        gram[k - from] = code;
      }
    }
    return memoised(key, words, from, to);
  }

  private int localId(String word) {
    int id = localIds.get(word);
    if (id != 0) {
      return id;
    }
    if (localIds.size() >= MAX_LOCAL_IDS - 1) {
      return -1;
    }
    int next = localIds.add(word);
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

  /**
   * {@link #logProbAt(String[], int)} over the words' local ids. Counts are monotone (an n-gram is
   * never counted more often than the shorter n-grams inside it, pruned models included), so the
   * longest counted n-gram ending at {@code k} is found from the shortest upward, stopping at the
   * first unseen one: the same answer with fewer lookups, since most windows, and nearly all
   * candidate windows, are seen only at low orders.
   */
  private double logProbAt(int[] ids, String[] words, int k) {
    int maxH = Math.min(order - 1, k);
    int h = 0;
    long joint = 0;
    while (h < maxH) {
      long c = count(ids, words, k - h - 1, k + 1);
      if (c <= 0) {
        break;
      }
      joint = c;
      h++;
    }
    double penalty = 0;
    for (int skipped = h; skipped < maxH; skipped++) {
      penalty += BACKOFF;
    }
    for (; h >= 1; h--) {
      if (joint > 0) {
        long hist = count(ids, words, k - h, k);
        if (hist > 0) {
          return penalty + Math.log((double) joint / hist);
        }
      }
      penalty += BACKOFF;
      joint = h > 1 ? count(ids, words, k - h + 1, k + 1) : 0;
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

  /**
   * A direct-mapped cache from non-zero packed keys to counts: a later key landing on the same slot
   * replaces the earlier one. Most repeated n-grams recur within a few candidates of each other
   * (the window's context), so a small table that stays in the processor's cache beats a growing
   * map of every n-gram of the text.
   */
  private static final class CountMemo {
    private static final int BITS = Integer.getInteger("memo.bits", 13);
    private final long[] keys = new long[1 << BITS];
    private final long[] values = new long[1 << BITS];

    long get(long key) {
      int i = slot(key);
      return keys[i] == key ? values[i] : -1;
    }

    void put(long key, long value) {
      int i = slot(key);
      keys[i] = key;
      values[i] = value;
    }

    private int slot(long key) {
      return (int) NgramHash.mix(key) & (keys.length - 1);
    }
  }

  /**
   * Words to local ids (1, 2, …; 0 for an absent word) in open addressing over parallel arrays,
   * with each word's hash kept beside it: no boxed ids, and growing never reads the words again.
   */
  private static final class LocalIds {
    private String[] words = new String[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int[] ids = new int[1 << 12];
    private int size;

    int size() {
      return size;
    }

    int get(String word) {
      int h = word.hashCode();
      int mask = words.length - 1;
      for (int i = slot(h, mask); ; i = (i + 1) & mask) {
        String w = words[i];
        if (w == null) {
          return 0;
        }
        if (w == word || hashes[i] == h && w.equals(word)) {
          return ids[i];
        }
      }
    }

    /** Adds an absent word; returns its id. */
    int add(String word) {
      if (2 * (size + 1) > words.length) {
        grow();
      }
      size++;
      put(word, word.hashCode(), size);
      return size;
    }

    private void put(String word, int h, int id) {
      int mask = words.length - 1;
      int i = slot(h, mask);
      while (words[i] != null) {
        i = (i + 1) & mask;
      }
      words[i] = word;
      hashes[i] = h;
      ids[i] = id;
    }

    private void grow() {
      String[] oldWords = words;
      int[] oldHashes = hashes;
      int[] oldIds = ids;
      words = new String[oldWords.length * 2];
      hashes = new int[oldWords.length * 2];
      ids = new int[oldWords.length * 2];
      for (int i = 0; i < oldWords.length; i++) {
        if (oldWords[i] != null) {
          put(oldWords[i], oldHashes[i], oldIds[i]);
        }
      }
    }

    private static int slot(int hash, int mask) {
      return (hash * 0x9E3779B9 >>> 8) & mask;
    }
  }
}
