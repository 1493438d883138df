package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.unspin.lexicon.internal.NgramHash;

/**
 * What the in-memory and the compact model share: words mapped to ids, n-grams looked up by {@link
 * NgramHash} key, and fillers enumerated from an index of blank patterns.
 */
abstract class IndexedModel implements LanguageModel {

  private final int order;
  private final Map<String, Integer> ids;

  /**
   * @param order the highest order counted
   * @param ids word ids (the subclass may keep adding to the map)
   */
  IndexedModel(int order, Map<String, Integer> ids) {
    this.order = order;
    this.ids = ids;
  }

  /**
   * Orders fillers most frequent first, ties in phrase order (word by word, which is the order of
   * the space-joined phrases without building them).
   */
  static final Comparator<Filler> BEST_FIRST =
      Comparator.comparingLong(Filler::count).reversed().thenComparing(IndexedModel::byWords);

  private static int byWords(Filler a, Filler b) {
    List<String> x = a.words();
    List<String> y = b.words();
    int n = Math.min(x.size(), y.size());
    for (int k = 0; k < n; k++) {
      int c = x.get(k).compareTo(y.get(k));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  @Override
  public final int order() {
    return order;
  }

  /** The number of distinct words (and sentence markers). */
  public final int vocabularySize() {
    return ids.size();
  }

  /** The id of a normalised word, or -1 when it was never counted. */
  final int id(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  /** The word of an id. */
  abstract String word(int id);

  /** The count of the n-gram with the given key. */
  abstract long countKey(long key);

  /**
   * Calls {@code action} with each filler code indexed under a {@link NgramHash#blank} key, until
   * it returns false.
   */
  abstract void forEachFiller(long blankKey, LongPredicate action);

  /**
   * Calls {@code action} once for every word counted between one context word on each side (every
   * distinct trigram {@code a w c}), with a number that identifies the blank {@code a _ c} within
   * this model (the same for every word filling it).
   */
  abstract void forEachTrigramFiller(BlankFillerAction action);

  /** Receives one word and the blank it fills. */
  @FunctionalInterface
  interface BlankFillerAction {
    /** Called once per distinct (blank, word). */
    void accept(long blank, int word);
  }

  /**
   * Calls {@code action} with each listed word counted right after ({@code after}) or right before
   * the word {@code id}, and the count of that pair, in no particular order.
   */
  abstract void forEachNeighbour(int id, boolean after, NeighbourAction action);

  /** Receives one neighbouring word and the count of the pair. */
  @FunctionalInterface
  interface NeighbourAction {
    /** Called once per listed neighbour. */
    void accept(int word, long count);
  }

  @Override
  public List<Filler> neighbours(String word, boolean after, int limit) {
    int id = id(word);
    if (id < 0 || limit <= 0 || order < 2) {
      return List.of();
    }
    List<Filler> out = new ArrayList<>();
    forEachNeighbour(id, after, (other, c) -> out.add(new Filler(List.of(word(other)), c)));
    out.sort(BEST_FIRST);
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
  }

  @Override
  public long count(List<String> words) {
    int n = words.size();
    if (n == 0 || n > order()) {
      return 0;
    }
    long h = NgramHash.start();
    for (String w : words) {
      int id = id(w);
      if (id < 0) {
        return 0;
      }
      h = NgramHash.next(h, id);
    }
    return countKey(NgramHash.finish(h, n));
  }

  /** Codes are the word ids (this model is one layer). */
  @Override
  public LanguageModel.Codes codes() {
    return codes;
  }

  private final LanguageModel.Codes codes =
      new LanguageModel.Codes() {
        @Override
        public long code(String word) {
          return id(word);
        }

        @Override
        public long count(long[] c, int from, int to) {
          return countCodes(c, from, to, 0);
        }

        @Override
        public void seen(long[] first, long[] second, int n, boolean[] out) {
          Arrays.fill(out, 0, n, false);
          orSeen(first, second, n, 0, out);
        }

        @Override
        public void seenBeside(long word, boolean after, long[] others, int n, boolean[] out) {
          Arrays.fill(out, 0, n, false);
          orSeenBeside(word, after, others, n, 0, out);
        }
      };

  /**
   * The exact index of every counted pair, or null when this model has none (then pairs are probed
   * one by one).
   */
  BigramIndex pairIndex() {
    return null;
  }

  /**
   * Sets {@code out[k]} for each {@code k < n} where the pair {@code word others[k]} ({@code
   * after}) or {@code others[k] word} was counted, the word ids in bits {@code shift} to {@code
   * shift + 31} of the codes, as {@link #orSeen}: searched in {@code word}'s list of the {@link
   * #pairIndex} when there is one.
   */
  final void orSeenBeside(
      long word, boolean after, long[] others, int n, int shift, boolean[] out) {
    if (order < 2) {
      return;
    }
    int w = (int) (word >>> shift);
    if (w < 0) {
      return;
    }
    BigramIndex index = pairIndex();
    if (index == null) {
      long[] fixed = new long[n];
      Arrays.fill(fixed, word);
      if (after) {
        orSeen(fixed, others, n, shift, out);
      } else {
        orSeen(others, fixed, n, shift, out);
      }
      return;
    }
    index.orBeside(w, after, others, n, shift, out);
  }

  /**
   * Sets {@code out[k]} for each {@code k < n} where the pair of word ids in bits {@code shift} to
   * {@code shift + 31} of {@code first[k]} and {@code second[k]} was counted ({@link #countCodes}
   * {@code > 0}); leaves the others as they are.
   */
  final void orSeen(long[] first, long[] second, int n, int shift, boolean[] out) {
    if (order < 2) {
      return;
    }
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      int a = (int) (first[k] >>> shift);
      int b = (int) (second[k] >>> shift);
      if (!out[k] && a >= 0 && b >= 0) {
        keys[k] = NgramHash.ofPair(a, b);
      }
    }
    orCounted(keys, n, out);
  }

  /**
   * Sets {@code out[k]} where {@code keys[k]} (0: skip) has a positive count. The compact model
   * overrides this to overlap the lookups' memory reads.
   */
  void orCounted(long[] keys, int n, boolean[] out) {
    for (int k = 0; k < n; k++) {
      if (keys[k] != 0 && countKey(keys[k]) > 0) {
        out[k] = true;
      }
    }
  }

  /**
   * The count of the n-gram whose word ids are bits {@code shift} to {@code shift + 31} of {@code
   * codes[from, to)}; 0 when any id is negative (an unknown word) or the n-gram is too long.
   */
  final long countCodes(long[] codes, int from, int to, int shift) {
    int n = to - from;
    if (n <= 0 || n > order) {
      return 0;
    }
    if (n == 1) {
      int id = (int) (codes[from] >>> shift);
      return id < 0 ? 0 : wordCount(id);
    }
    if (n == 2 && fixedPairIndex() != null) {
      int a = (int) (codes[from] >>> shift);
      int b = (int) (codes[from + 1] >>> shift);
      return a < 0 || b < 0 ? 0 : pairCount(a, b);
    }
    long h = NgramHash.start();
    for (int k = from; k < to; k++) {
      int id = (int) (codes[k] >>> shift);
      if (id < 0) {
        return 0;
      }
      h = NgramHash.next(h, id);
    }
    return countKey(NgramHash.finish(h, n));
  }

  /** The count of the word {@code id} (not negative): its n-gram's key probed. */
  long wordCount(int id) {
    return countKey(NgramHash.ofWord(id));
  }

  /**
   * The count of the pair of word ids {@code a b} (not negative) in a model with a {@link
   * #fixedPairIndex}: 0 for a pair the index lacks, else its key probed.
   */
  long pairCount(int a, int b) {
    if (!fixedPairIndex().contains(a, b)) {
      return 0;
    }
    return countKey(NgramHash.ofPair(a, b));
  }

  /**
   * The {@link #pairIndex} of a model that never changes, or null: a pair it lacks counts 0 without
   * a probe of the n-gram table (an unseen key's probe is the longest).
   */
  BigramIndex fixedPairIndex() {
    return null;
  }

  long countIds(int[] ids) {
    return countKey(NgramHash.of(ids, 0, ids.length));
  }

  @Override
  public List<Filler> fillers(List<String> left, List<String> right, int maxWords, int limit) {
    Blank.check(left, right, maxWords);
    List<Filler> found = new ArrayList<>();
    for (int gap = 1; gap <= maxWords && limit > 0; gap++) {
      int[] keep = Blank.fit(left.size(), right.size(), gap, order());
      if (keep == null) {
        continue;
      }
      int[] seq = new int[keep[0] + gap + keep[1]];
      if (!fillContext(seq, left.subList(left.size() - keep[0], left.size()), 0)
          || !fillContext(seq, right.subList(0, keep[1]), keep[0] + gap)) {
        continue;
      }
      boolean sorted = postingsByCount() && keep[0] == 1 && keep[1] == 1;
      Candidates candidates = new Candidates(seq, keep[0], gap, limit, sorted);
      forEachFiller(NgramHash.blank(seq[keep[0] - 1], gap, seq[keep[0] + gap]), candidates);
      candidates.best(found);
    }
    found.sort(BEST_FIRST);
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
  }

  /**
   * Whether each blank's fillers come most frequent first (then {@link #fillers} stops early when
   * the context is one word on each side).
   */
  abstract boolean postingsByCount();

  /**
   * The fillers of one blank, counted in their context: the {@code limit} best kept in primitive
   * arrays (with ties), turned into {@link Filler}s only at the end.
   */
  private final class Candidates implements LongPredicate {
    private final int[] seq;
    private final int at;
    private final int gap;
    private final int limit;
    private final boolean sorted;
    private long[] codes = new long[16];
    private long[] counts = new long[16];
    private int size;

    Candidates(int[] seq, int at, int gap, int limit, boolean sorted) {
      this.seq = seq;
      this.at = at;
      this.gap = gap;
      this.limit = limit;
      this.sorted = sorted;
    }

    @Override
    public boolean test(long code) {
      if (gap == 1) {
        seq[at] = (int) code;
      } else {
        seq[at] = NgramHash.first(code);
        seq[at + 1] = NgramHash.second(code);
      }
      long c = countIds(seq);
      if (c <= 0) {
        return true;
      }
      if (sorted && size >= limit && c < counts[limit - 1]) {
        return false;
      }
      if (size == codes.length) {
        codes = Arrays.copyOf(codes, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      codes[size] = code;
      counts[size++] = c;
      return true;
    }

    /**
     * Adds the best {@code limit} candidates, and any tied with the last of them, to {@code out}.
     */
    void best(List<Filler> out) {
      long floor = 0;
      if (size > limit) {
        long[] byCount = Arrays.copyOf(counts, size);
        Arrays.sort(byCount);
        floor = byCount[size - limit];
      }
      for (int i = 0; i < size; i++) {
        if (counts[i] >= floor) {
          long code = codes[i];
          List<String> words =
              gap == 1
                  ? List.of(word((int) code))
                  : List.of(word(NgramHash.first(code)), word(NgramHash.second(code)));
          out.add(new Filler(words, counts[i]));
        }
      }
    }
  }

  private boolean fillContext(int[] seq, List<String> words, int from) {
    for (int i = 0; i < words.size(); i++) {
      int id = id(words.get(i));
      if (id < 0) {
        return false;
      }
      seq[from + i] = id;
    }
    return true;
  }
}
