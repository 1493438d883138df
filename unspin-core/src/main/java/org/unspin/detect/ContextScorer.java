package org.unspin.detect;

import java.util.Arrays;
import java.util.List;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.internal.NgramHash;

/**
 * Log-probabilities of short word windows under a stupid-backoff n-gram model. One instance per
 * analysed text (it memoises counts under packed word-id keys), never shared between threads.
 *
 * <p>Words can be given as strings or as tokens ({@link #token}): the model's word codes when it
 * has them ({@link #stableTokens()}: the same in every text, so callers may keep them), else ids
 * local to this scorer.
 */
final class ContextScorer {

  private static final double BACKOFF = Math.log(0.4);

  /**
   * Local ids up to this fit in 16 bits each (0 is "no word"), so four of them pack into a long.
   */
  private static final int MAX_PACKED_ID = 0xFFFF;

  private final LanguageModel lm;
  private final int order;
  private final double logTokens;

  /**
   * The most any one word's log-probability can be: a ratio of monotone counts is at most 1, a
   * unigram's {@code (c + 0.1) / N} at most {@code (N + 0.1) / N}.
   */
  private final double maxTerm;

  private final LocalIds localIds = new LocalIds();
  private final CountMemo memo = new CountMemo();
  private final PairMemo pairs = new PairMemo();

  /** The model's word codes, or null (then n-grams are counted by their words). */
  private final LanguageModel.Codes codes;

  /** Local ids by model code (words with one code share a local id), when there are codes. */
  private final CodeIds byCode;

  /** The model's code of each local id. */
  private long[] codeOf = new long[1024];

  /** The word of each local id (null for an id met only as a code). */
  private String[] wordOf = new String[1024];

  private int lastId;

  /** Scratch codes of the n-gram being counted. */
  private final long[] gram = new long[4];

  ContextScorer(LanguageModel lm, int maxOrder) {
    this.lm = lm;
    this.order = Math.max(1, Math.min(maxOrder, lm.order()));
    this.logTokens = Math.log(Math.max(1, lm.tokens()));
    this.maxTerm = Math.max(0, Math.log(Math.max(1, lm.tokens()) + 0.1) - logTokens);
    this.codes = lm.codes();
    this.byCode = codes != null ? new CodeIds() : null;
  }

  int order() {
    return order;
  }

  /** Whether tokens are the model's word codes, the same for every scorer over this model. */
  boolean stableTokens() {
    return codes != null;
  }

  /** The token of a word (see {@link #stableTokens()}). */
  long token(String word) {
    int id = localId(word);
    return codes != null ? codeOf[id] : id;
  }

  /** The tokens of some words. */
  long[] tokens(String[] words) {
    long[] out = new long[words.length];
    for (int k = 0; k < words.length; k++) {
      out[k] = token(words[k]);
    }
    return out;
  }

  /** The count of {@code words[from, to)}. */
  long count(String[] words, int from, int to) {
    if (to - from > order || to <= from) {
      return 0;
    }
    int[] ids = new int[to - from];
    for (int k = from; k < to; k++) {
      ids[k - from] = localId(words[k]);
    }
    return countIds(ids, 0, ids.length);
  }

  /** The count of {@code tokens[from, to)}. */
  long count(long[] tokens, int from, int to) {
    if (to - from > order || to <= from) {
      return 0;
    }
    int[] ids = new int[to - from];
    for (int k = from; k < to; k++) {
      ids[k - from] = idOf(tokens[k]);
    }
    return countIds(ids, 0, ids.length);
  }

  /** The count of two tokens in sequence. */
  long count(long a, long b) {
    if (order < 2) {
      return 0;
    }
    return countIds(new int[] {idOf(a), idOf(b)}, 0, 2);
  }

  /**
   * Whether two tokens were seen in sequence: {@code count(a, b) > 0}, asked without local ids when
   * tokens are the model's codes (the candidate loop asks this of every candidate beside both
   * neighbours), remembered in a small table of its own.
   */
  boolean seen(long a, long b) {
    if (codes == null) {
      return count(a, b) > 0;
    }
    if (order < 2 || a == LanguageModel.Codes.UNKNOWN || b == LanguageModel.Codes.UNKNOWN) {
      return false;
    }
    return pairs.seen(a, b, codes);
  }

  /**
   * {@link #seen(long, long)} of each pair {@code a[k] b[k]}, {@code k < n}, into {@code out}: the
   * pairs not remembered are asked of the model together ({@link LanguageModel.Codes#seen}).
   */
  void seen(long[] a, long[] b, int n, boolean[] out) {
    if (codes == null || order < 2) {
      for (int k = 0; k < n; k++) {
        out[k] = seen(a[k], b[k]);
      }
      return;
    }
    pairs.seen(a, b, n, out, codes);
  }

  /**
   * {@link #seen(long, long)} of each pair {@code word others[k]} ({@code after}) or {@code
   * others[k] word}, {@code k < n}, into {@code out}: all asked of the model together, which
   * searches them in {@code word}'s list of followers or predecessors when it indexes its pairs
   * ({@link LanguageModel.Codes#seenBeside}).
   */
  void seenBeside(long word, boolean after, long[] others, int n, boolean[] out) {
    if (codes == null || order < 2) {
      for (int k = 0; k < n; k++) {
        out[k] = after ? seen(word, others[k]) : seen(others[k], word);
      }
      return;
    }
    if (word == LanguageModel.Codes.UNKNOWN) {
      Arrays.fill(out, 0, n, false);
      return;
    }
    codes.seenBeside(word, after, others, n, out);
  }

  /**
   * Scratch arrays for one batch of up to {@code n} pairs ({@link CandidateList#seenBeside}), with
   * {@code out[0, n)} cleared: reused by the next batch (a span asks hundreds of pairs, and new
   * arrays for each would be cleared and collected again and again).
   */
  Batch batch(int n) {
    if (batch.at.length < n) {
      int size = Math.max(n, 2 * batch.at.length);
      batch.first = new long[size];
      batch.second = new long[size];
      batch.at = new int[size];
      batch.seen = new boolean[size];
      batch.out = new boolean[size];
    } else {
      Arrays.fill(batch.out, 0, n, false);
    }
    return batch;
  }

  private final Batch batch = new Batch();

  /** See {@link #batch}: the pairs, where each answer goes, the answers and the output. */
  static final class Batch {
    long[] first = new long[0];
    long[] second = new long[0];
    int[] at = new int[0];
    boolean[] seen = new boolean[0];
    boolean[] out = new boolean[0];
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
    }
    return logProbIds(ids, from, to);
  }

  /** Sum of log P(tokens[k] | history) for k in [from, to), the history starting at index 0. */
  double logProb(long[] tokens, int from, int to) {
    return logProbReaching(tokens, from, to, Double.NEGATIVE_INFINITY);
  }

  /**
   * {@link #logProb(long[], int, int)}, or {@link Double#NEGATIVE_INFINITY} once the words read so
   * far make it certain that the sum is below {@code least}: no word's log-probability exceeds
   * {@link #maxTerm} (counts are monotone, see {@link #logProbAt}), so the rest are not read.
   */
  double logProbReaching(long[] tokens, int from, int to, double least) {
    int[] ids = new int[to];
    for (int k = 0; k < to; k++) {
      ids[k] = idOf(tokens[k]);
    }
    return logProbReaching(ids, from, to, least);
  }

  /**
   * The words around one span, as local ids, for scoring many wordings of the span between them
   * ({@link #logProbReaching(Frame, long[], int, int, double)}) without looking the context up for
   * each. Valid for this scorer only.
   */
  final class Frame {
    private final int[] right;
    private int[] ids;
    private final int left;

    /**
     * Per middle length {@code m} (1 to {@link #MAX_MIDDLE}): the log-probabilities of the right
     * words after a middle whose last word was not seen before the first right word ({@link
     * #rightAfterUnseen}), then, last, the bound of such a window's sum; null until asked.
     */
    private final double[][] afterUnseen = new double[MAX_MIDDLE + 1][];

    private Frame(long[] left, long[] right) {
      this.left = left.length;
      this.right = new int[right.length];
      for (int k = 0; k < right.length; k++) {
        this.right[k] = idOf(right[k]);
      }
      this.ids = new int[left.length + 4 + right.length];
      for (int k = 0; k < left.length; k++) {
        ids[k] = idOf(left[k]);
      }
    }
  }

  /** The frame of a span between the tokens {@code left} and {@code right}. */
  Frame frame(long[] left, long[] right) {
    return new Frame(left, right);
  }

  /**
   * {@link #logProbReaching(long[], int, int, double)} of the window {@code left + middle[from, to)
   * + right} of {@code frame}, from the first middle word on.
   */
  double logProbReaching(Frame frame, long[] middle, int from, int to, double least) {
    return logProbReaching(frame, middle, from, to, least, false, false);
  }

  /**
   * {@link #logProbReaching(Frame, long[], int, int, double)}, told that the pair of the last left
   * word and the first middle word ({@code unseenAfterLeft}) or of the last middle word and the
   * first right word ({@code unseenBeforeRight}) was not seen ({@link #seen(long, long)} false):
   * their counts are 0, remembered instead of asked of the model again.
   */
  double logProbReaching(
      Frame frame,
      long[] middle,
      int from,
      int to,
      double least,
      boolean unseenAfterLeft,
      boolean unseenBeforeRight) {
    int n = to - from;
    boolean afterUnseen =
        unseenBeforeRight && codes != null && frame.right.length > 0 && n > 0 && n <= MAX_MIDDLE;
    if (afterUnseen) {
      // worked out before the middle is written: it fills the middle with unknown words
      rightAfterUnseen(frame, n);
    }
    int size = frame.left + n + frame.right.length;
    if (frame.ids.length < size) {
      frame.ids = Arrays.copyOf(frame.ids, size);
    }
    int[] ids = frame.ids;
    for (int k = 0; k < n; k++) {
      ids[frame.left + k] = idOf(middle[from + k]);
    }
    System.arraycopy(frame.right, 0, ids, frame.left + n, frame.right.length);
    if (unseenAfterLeft && frame.left > 0 && n > 0) {
      knownZero(ids, frame.left - 1);
    }
    if (afterUnseen) {
      return logProbAfterUnseen(frame, n, least);
    }
    if (unseenBeforeRight && frame.right.length > 0 && n > 0) {
      knownZero(ids, frame.left + n - 1);
    }
    return logProbReaching(ids, frame.left, size, least);
  }

  /** The longest middle whose right words' log-probabilities {@link Frame} remembers. */
  private static final int MAX_MIDDLE = 4;

  /**
   * The log-probabilities of the right words of {@code frame} after a middle of {@code m} words
   * whose last word was not seen before the first right word, and last the most a window of such a
   * middle can sum to ({@link #maxTerm} per middle word, then the right words, added in the
   * window's order): the same for every such middle. Every n-gram that ends at a right word and
   * reaches into the middle holds that unseen pair and counts 0 (counts are monotone, see {@link
   * #logProbAt}), so each right word's estimate backs off to n-grams of the right words alone. They
   * are worked out once, with a middle of words no layer knows, which count 0 in every n-gram.
   */
  private double[] rightAfterUnseen(Frame frame, int m) {
    double[] known = frame.afterUnseen[m];
    if (known != null) {
      return known;
    }
    int r = frame.right.length;
    int size = frame.left + m + r;
    if (frame.ids.length < size) {
      frame.ids = Arrays.copyOf(frame.ids, size);
    }
    int[] ids = frame.ids;
    int unknown = idOf(LanguageModel.Codes.UNKNOWN);
    Arrays.fill(ids, frame.left, frame.left + m, unknown);
    System.arraycopy(frame.right, 0, ids, frame.left + m, r);
    double[] out = new double[r + 1];
    double bound = 0;
    for (int k = 0; k < m; k++) {
      bound += maxTerm;
    }
    for (int j = 0; j < r; j++) {
      out[j] = logProbAt(ids, frame.left + m + j);
      bound += out[j];
    }
    out[r] = bound;
    frame.afterUnseen[m] = out;
    return out;
  }

  /**
   * {@link #logProbReaching(int[], int, int, double)} of a window whose middle words are {@code
   * ids[frame.left, frame.left + m)} and whose right words follow an unseen pair ({@link
   * #rightAfterUnseen}): the middle words are read, the right words' log-probabilities are those
   * remembered, added in the same order with the same early stop, so the answer is the same to the
   * last bit. When even the most the window can sum to is below {@code least}, the full reading
   * would stop too ({@code -Infinity}); then nothing is read.
   */
  private double logProbAfterUnseen(Frame frame, int m, double least) {
    double[] right = rightAfterUnseen(frame, m);
    int r = frame.right.length;
    if (right[r] < least - SLACK) {
      return Double.NEGATIVE_INFINITY;
    }
    int[] ids = frame.ids;
    int to = frame.left + m + r;
    double sum = 0;
    for (int k = frame.left; k < to; k++) {
      sum += k < frame.left + m ? logProbAt(ids, k) : right[k - frame.left - m];
      if (sum + (to - 1 - k) * maxTerm < least - SLACK) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    return sum;
  }

  /** Remembers that the pair {@code ids[at, at + 2)} counts 0. */
  private void knownZero(int[] ids, int at) {
    if (order >= 2 && ids[at] <= MAX_PACKED_ID && ids[at + 1] <= MAX_PACKED_ID) {
      memo.put(((long) ids[at] << 16) | ids[at + 1], 0);
    }
  }

  private double logProbReaching(int[] ids, int from, int to, double least) {
    double sum = 0;
    for (int k = from; k < to; k++) {
      sum += logProbAt(ids, k);
      if (sum + (to - 1 - k) * maxTerm < least - SLACK) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    return sum;
  }

  /**
   * Whether a window of {@code words} scored words could sum to at least {@code least}: false only
   * when even {@link #maxTerm} per word falls short, so no wording of the window needs reading.
   */
  boolean canReach(int words, double least) {
    return words * maxTerm >= least - SLACK;
  }

  /** Room for rounding in {@link #logProbReaching}'s bound. */
  private static final double SLACK = 1e-9;

  private double logProbIds(int[] ids, int from, int to) {
    double sum = 0;
    for (int k = from; k < to; k++) {
      sum += logProbAt(ids, k);
    }
    return sum;
  }

  /**
   * log P(word k | the words before it) under stupid backoff: the longest n-gram ending at {@code
   * k} that was counted (with a counted history), 0.4 per order backed off, down to the unigram.
   * Counts are monotone (an n-gram is never counted more often than the shorter n-grams inside it,
   * pruned models included), so that n-gram is found from the shortest upward, stopping at the
   * first unseen one: the same answer as searching from the longest down, with fewer lookups, since
   * most windows, and nearly all candidate windows, are seen only at low orders.
   */
  private double logProbAt(int[] ids, int k) {
    int maxH = Math.min(order - 1, k);
    int h = 0;
    long joint = 0;
    while (h < maxH) {
      long c = countIds(ids, k - h - 1, k + 1);
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
        long hist = countIds(ids, k - h, k);
        if (hist > 0) {
          return penalty + Math.log((double) joint / hist);
        }
      }
      penalty += BACKOFF;
      joint = h > 1 ? countIds(ids, k - h + 1, k + 1) : 0;
    }
    long c = countIds(ids, k, k + 1);
    return penalty + Math.log(c + 0.1) - logTokens;
  }

  /** The count of the n-gram of local ids {@code ids[from, to)}, memoised when its key packs. */
  private long countIds(int[] ids, int from, int to) {
    int n = to - from;
    if (n > order || n <= 0) {
      return 0;
    }
    boolean packs = n <= 4;
    long key = 0;
    for (int k = from; k < to; k++) {
      int id = ids[k];
      if (codes != null) {
        long code = codeOf[id];
        if (code == LanguageModel.Codes.UNKNOWN) {
          return 0; // a word no layer counted is in no n-gram
        }
        gram[k - from] = code;
      }
      packs &= id <= MAX_PACKED_ID;
      key = (key << 16) | id;
    }
    if (!packs) {
      return modelCount(ids, from, to);
    }
    long hit = memo.get(key);
    if (hit >= 0) {
      return hit;
    }
    long c = n >= 3 && unseenInside(key, n) ? 0 : modelCount(ids, from, to);
    memo.put(key, c);
    return c;
  }

  /**
   * Whether the memo already holds a count of 0 for the n-gram of packed {@code key} ({@code n}
   * words) less its first or its last word: then the n-gram counts 0 too (counts are monotone, see
   * {@link #logProbAt}), without a probe of the model's table. A candidate's window asks many such
   * n-grams: the pair of the candidate and a neighbour it was not seen beside is remembered as 0
   * ({@link #knownZero}), and the next position's longer n-gram contains it.
   */
  private boolean unseenInside(long key, int n) {
    long shorter = 16L * (n - 1);
    return memo.get(key >>> 16) == 0 || memo.get(key & ((1L << shorter) - 1)) == 0;
  }

  /** The model's count of {@code ids[from, to)}, its codes (if any) in {@link #gram}. */
  private long modelCount(int[] ids, int from, int to) {
    if (codes != null) {
      return codes.count(gram, 0, to - from);
    }
    String[] words = new String[to - from];
    for (int k = from; k < to; k++) {
      words[k - from] = wordOf[ids[k]];
    }
    return lm.count(List.of(words));
  }

  private int localId(String word) {
    int id = localIds.get(word);
    if (id != 0) {
      return id;
    }
    if (codes != null) {
      id = idOf(codes.code(word));
    } else {
      id = newId(0);
    }
    if (wordOf[id] == null) {
      wordOf[id] = word;
    }
    localIds.add(word, id);
    return id;
  }

  /** The local id of a token. */
  private int idOf(long token) {
    if (codes == null) {
      return (int) token;
    }
    int id = byCode.get(token);
    if (id == 0) {
      id = newId(token);
      byCode.put(token, id);
    }
    return id;
  }

  private int newId(long code) {
    int id = ++lastId;
    if (id == codeOf.length) {
      codeOf = Arrays.copyOf(codeOf, id * 2);
      wordOf = Arrays.copyOf(wordOf, id * 2);
    }
    codeOf[id] = code;
    return id;
  }

  /**
   * A direct-mapped cache from non-zero packed keys to counts: a later key landing on the same slot
   * replaces the earlier one. Most repeated n-grams recur within a few candidates of each other
   * (the window's context), so a small table that stays in the processor's cache beats a growing
   * map of every n-gram of the text. 2^15 slots (512 KB): on a warm detector's stories, 2^13 slots
   * left about a fifth more n-grams to probe in the model (docs/BENCHMARKS.md, spin round 11).
   */
  private static final class CountMemo {
    private static final int BITS = Integer.getInteger("memo.bits", 15);
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
   * Whether pairs of model codes were seen, direct-mapped as {@link CountMemo} (a later pair
   * landing on the same slot replaces the earlier one).
   */
  private static final class PairMemo {
    private static final int BITS = 12;
    private final long[] first = new long[1 << BITS];
    private final long[] second = new long[1 << BITS];
    private final byte[] state = new byte[1 << BITS];
    private final long[] gram = new long[2];

    /** Pairs to ask of the model, where their answers go, and the answers. */
    private long[] askFirst = new long[256];

    private long[] askSecond = new long[256];
    private int[] askFor = new int[256];
    private boolean[] answers = new boolean[256];

    boolean seen(long a, long b, LanguageModel.Codes codes) {
      int i = slot(a, b);
      if (state[i] != 0 && first[i] == a && second[i] == b) {
        return state[i] > 0;
      }
      gram[0] = a;
      gram[1] = b;
      boolean seen = codes.count(gram, 0, 2) > 0;
      put(i, a, b, seen);
      return seen;
    }

    void seen(long[] a, long[] b, int n, boolean[] out, LanguageModel.Codes codes) {
      if (askFor.length < n) {
        askFirst = new long[n];
        askSecond = new long[n];
        askFor = new int[n];
        answers = new boolean[n];
      }
      int asks = 0;
      for (int k = 0; k < n; k++) {
        long x = a[k];
        long y = b[k];
        if (x == LanguageModel.Codes.UNKNOWN || y == LanguageModel.Codes.UNKNOWN) {
          out[k] = false;
          continue;
        }
        int i = slot(x, y);
        if (state[i] != 0 && first[i] == x && second[i] == y) {
          out[k] = state[i] > 0;
          continue;
        }
        askFirst[asks] = x;
        askSecond[asks] = y;
        askFor[asks++] = k;
      }
      if (asks == 0) {
        return;
      }
      codes.seen(askFirst, askSecond, asks, answers);
      for (int j = 0; j < asks; j++) {
        int k = askFor[j];
        out[k] = answers[j];
        put(slot(a[k], b[k]), a[k], b[k], answers[j]);
      }
    }

    private void put(int i, long a, long b, boolean seen) {
      first[i] = a;
      second[i] = b;
      state[i] = (byte) (seen ? 1 : -1);
    }

    private int slot(long a, long b) {
      return (int) NgramHash.mix(a * 0x9E3779B97F4A7C15L + b) & (state.length - 1);
    }
  }

  /**
   * Words to local ids (0 for an absent word) in open addressing over parallel arrays, with each
   * word's hash kept beside it: no boxed ids, and growing never reads the words again.
   */
  private static final class LocalIds {
    private String[] words = new String[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int[] ids = new int[1 << 12];
    private int size;

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

    /** Adds an absent word with its id. */
    void add(String word, int id) {
      if (2 * (size + 1) > words.length) {
        grow();
      }
      size++;
      put(word, word.hashCode(), id);
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

  /** Model codes to local ids (0 for an absent code) in open addressing over parallel arrays. */
  private static final class CodeIds {
    private long[] codes = new long[1 << 12];
    private int[] ids = new int[1 << 12];
    private int size;

    int get(long code) {
      int mask = codes.length - 1;
      for (int i = slot(code, mask); ; i = (i + 1) & mask) {
        if (ids[i] == 0) {
          return 0;
        }
        if (codes[i] == code) {
          return ids[i];
        }
      }
    }

    /** Adds an absent code with its id (not 0). */
    void put(long code, int id) {
      if (2 * (size + 1) > codes.length) {
        long[] oldCodes = codes;
        int[] oldIds = ids;
        codes = new long[oldCodes.length * 2];
        ids = new int[oldCodes.length * 2];
        size = 0;
        for (int i = 0; i < oldCodes.length; i++) {
          if (oldIds[i] != 0) {
            put(oldCodes[i], oldIds[i]);
          }
        }
      }
      int mask = codes.length - 1;
      int i = slot(code, mask);
      while (ids[i] != 0) {
        i = (i + 1) & mask;
      }
      codes[i] = code;
      ids[i] = id;
      size++;
    }

    private static int slot(long code, int mask) {
      return (int) NgramHash.mix(code) & mask;
    }
  }
}
