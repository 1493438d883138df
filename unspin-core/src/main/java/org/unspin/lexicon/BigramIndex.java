package org.unspin.lexicon;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Every counted pair of words, exactly: for each word id, the sorted ids of the words counted right
 * after it (its followers) and right before it (its predecessors). Whether a pair was counted is
 * then a binary search in one short list, and the pairs of many words beside one neighbour are
 * searched in that neighbour's list, which stays in the processor's cache, instead of one hash
 * probe each into a table of megabytes. Ids are kept in two bytes when the vocabulary fits, else
 * four. A word with a long list (the frequent words, beside which most pairs are asked) also gets
 * its list as a bit set over the vocabulary, built at load: one read per pair instead of a search.
 * Immutable; safe for concurrent reads.
 */
final class BigramIndex {

  /** The most words whose ids fit in two bytes. */
  private static final int SHORT_IDS = 1 << 16;

  /** Lists at least this long are also kept as bit sets (the bundled model: about 9 MB). */
  private static final int BITS_FROM = 128;

  /** Each word's followers and predecessors as bit sets of ids, where the list is long. */
  private final long[][] followerBits;

  private final long[][] predecessorBits;

  /** Bits per block of a bit set whose bits below it are counted ahead ({@link #ranks}). */
  private static final int RANK_SHIFT = 9;

  /**
   * For each follower bit set, the number of bits set below each block of {@code 1 << RANK_SHIFT}
   * bits: a pair's {@link #position} is then that count and at most eight words' bit counts, where
   * a search of the list would read it in a dozen places.
   */
  private final int[][] followerRanks;

  private final int[] followerStart;
  private final int[] predecessorStart;

  /** The entries in two bytes each (vocabulary of at most {@link #SHORT_IDS}), else null. */
  private final char[] followersShort;

  private final char[] predecessorsShort;

  /** The entries in four bytes each (a larger vocabulary), else null. */
  private final int[] followersInt;

  private final int[] predecessorsInt;

  private BigramIndex(int[] followerStart, int[] predecessorStart, int[] followers, int[] preds) {
    this.followerStart = followerStart;
    this.predecessorStart = predecessorStart;
    boolean small = followerStart.length - 1 <= SHORT_IDS;
    this.followersShort = small ? narrow(followers) : null;
    this.predecessorsShort = small ? narrow(preds) : null;
    this.followersInt = small ? null : followers;
    this.predecessorsInt = small ? null : preds;
    this.followerBits = bits(followerStart, followersShort, followersInt);
    this.predecessorBits = bits(predecessorStart, predecessorsShort, predecessorsInt);
    this.followerRanks = ranks(followerBits);
  }

  private BigramIndex(int[] followerStart, int[] predecessorStart, char[] followers, char[] preds) {
    this.followerStart = followerStart;
    this.predecessorStart = predecessorStart;
    this.followersShort = followers;
    this.predecessorsShort = preds;
    this.followersInt = null;
    this.predecessorsInt = null;
    this.followerBits = bits(followerStart, followers, null);
    this.predecessorBits = bits(predecessorStart, preds, null);
    this.followerRanks = ranks(followerBits);
  }

  /** The block counts of each bit set ({@link #followerRanks}; null where there is none). */
  private static int[][] ranks(long[][] sets) {
    int[][] out = new int[sets.length][];
    int per = 1 << (RANK_SHIFT - 6);
    for (int w = 0; w < sets.length; w++) {
      long[] set = sets[w];
      if (set == null) {
        continue;
      }
      int[] rank = new int[(set.length + per - 1) / per];
      int below = 0;
      for (int j = 0; j < set.length; j++) {
        if (j % per == 0) {
          rank[j / per] = below;
        }
        below += Long.bitCount(set[j]);
      }
      out[w] = rank;
    }
    return out;
  }

  /** The lists of at least {@link #BITS_FROM} ids as bit sets (null for the shorter ones). */
  private static long[][] bits(int[] start, char[] shorts, int[] ints) {
    int words = start.length - 1;
    long[][] out = new long[words][];
    for (int w = 0; w < words; w++) {
      if (start[w + 1] - start[w] < BITS_FROM) {
        continue;
      }
      long[] set = new long[(words + 63) >>> 6];
      for (int k = start[w]; k < start[w + 1]; k++) {
        int id = shorts != null ? shorts[k] : ints[k];
        set[id >>> 6] |= 1L << id;
      }
      out[w] = set;
    }
    return out;
  }

  private static char[] narrow(int[] ids) {
    char[] out = new char[ids.length];
    for (int k = 0; k < ids.length; k++) {
      out[k] = (char) ids[k];
    }
    return out;
  }

  /**
   * The index of the pairs {@code first[k] second[k]} ({@code k < n}, no pair twice) over a
   * vocabulary of {@code words} ids.
   */
  static BigramIndex of(int words, int[] first, int[] second, int n) {
    int[][] f = lists(words, first, second, n);
    int[][] p = lists(words, second, first, n);
    return new BigramIndex(f[0], p[0], f[1], p[1]);
  }

  /**
   * For each id of {@code key}, the sorted ids of {@code value} paired with it: starts, entries.
   */
  private static int[][] lists(int words, int[] key, int[] value, int n) {
    int[] start = new int[words + 1];
    for (int k = 0; k < n; k++) {
      start[key[k] + 1]++;
    }
    for (int w = 0; w < words; w++) {
      start[w + 1] += start[w];
    }
    int[] entries = new int[n];
    int[] next = Arrays.copyOf(start, words);
    for (int k = 0; k < n; k++) {
      entries[next[key[k]]++] = value[k];
    }
    for (int w = 0; w < words; w++) {
      Arrays.sort(entries, start[w], start[w + 1]);
    }
    return new int[][] {start, entries};
  }

  /** The number of words indexed. */
  int words() {
    return followerStart.length - 1;
  }

  /** The number of pairs indexed. */
  int pairs() {
    return followerStart[followerStart.length - 1];
  }

  /** Whether the pair {@code a b} of word ids was counted (false for ids outside the index). */
  boolean contains(int a, int b) {
    int words = words();
    if (a < 0 || b < 0 || a >= words || b >= words) {
      return false;
    }
    long[] set = followerBits[a];
    if (set != null) {
      return (set[b >>> 6] & 1L << b) != 0;
    }
    return indexOf(followersShort, followersInt, followerStart[a], followerStart[a + 1], b) >= 0;
  }

  /**
   * Where the pair {@code a b} of word ids stands among all pairs (its place in {@code a}'s list of
   * followers, from 0 to {@link #pairs} less one), or -1 when it was not counted (or an id lies
   * outside the index).
   */
  int position(int a, int b) {
    int words = words();
    if (a < 0 || b < 0 || a >= words || b >= words) {
      return -1;
    }
    long[] set = followerBits[a];
    if (set != null) {
      if ((set[b >>> 6] & 1L << b) == 0) {
        return -1;
      }
      // the entries are the set's bits in order: b's place is the number of bits below it
      int block = b >>> RANK_SHIFT;
      int at = followerStart[a] + followerRanks[a][block];
      for (int j = block << (RANK_SHIFT - 6); j < b >>> 6; j++) {
        at += Long.bitCount(set[j]);
      }
      return at + Long.bitCount(set[b >>> 6] & ((1L << b) - 1));
    }
    return indexOf(followersShort, followersInt, followerStart[a], followerStart[a + 1], b);
  }

  /**
   * For each {@code k < n}, with {@code id} bits {@code shift} to {@code shift + 31} of {@code
   * codes[k]} (skipped when negative), sets {@code out[k]} when the pair {@code word id} ({@code
   * after}) or {@code id word} was counted; leaves the others as they are. All are searched in
   * {@code word}'s one list.
   */
  void orBeside(int word, boolean after, long[] codes, int n, int shift, boolean[] out) {
    int words = words();
    if (word < 0 || word >= words) {
      return;
    }
    long[] set = (after ? followerBits : predecessorBits)[word];
    if (set != null) {
      for (int k = 0; k < n; k++) {
        int id = (int) (codes[k] >>> shift);
        if (id >= 0 && id < words && (set[id >>> 6] & 1L << id) != 0) {
          out[k] = true;
        }
      }
      return;
    }
    int[] start = after ? followerStart : predecessorStart;
    char[] shorts = after ? followersShort : predecessorsShort;
    int[] ints = after ? followersInt : predecessorsInt;
    int from = start[word];
    int to = start[word + 1];
    if (from == to) {
      return;
    }
    for (int k = 0; k < n; k++) {
      int id = (int) (codes[k] >>> shift);
      if (id >= 0 && !out[k] && indexOf(shorts, ints, from, to, id) >= 0) {
        out[k] = true;
      }
    }
  }

  /**
   * Where {@code id} stands in the sorted entries {@code [from, to)} (of {@code shorts}, else of
   * {@code ints}), by binary search; -1 when it is not there.
   */
  private static int indexOf(char[] shorts, int[] ints, int from, int to, int id) {
    if (shorts == null) {
      int at = Arrays.binarySearch(ints, from, to, id);
      return at >= 0 ? at : -1;
    }
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int v = shorts[mid];
      if (v < id) {
        lo = mid + 1;
      } else if (v > id) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Writes the index: the entry width in bytes (2 or 4), the number of words and of pairs, the
   * follower starts (one per word and one past the last), the follower entries, then the same for
   * predecessors.
   */
  void write(DataOutputStream data) throws IOException {
    boolean small = followersShort != null;
    data.writeInt(small ? 2 : 4);
    data.writeInt(words());
    data.writeInt(pairs());
    for (int side = 0; side < 2; side++) {
      int[] start = side == 0 ? followerStart : predecessorStart;
      for (int s : start) {
        data.writeInt(s);
      }
      if (small) {
        for (char c : side == 0 ? followersShort : predecessorsShort) {
          data.writeChar(c);
        }
      } else {
        for (int v : side == 0 ? followersInt : predecessorsInt) {
          data.writeInt(v);
        }
      }
    }
  }

  /** Reads an index written by {@link #write}, copying it out of the buffer. */
  static BigramIndex read(ByteBuffer in) {
    int width = in.getInt();
    int words = in.getInt();
    int pairs = in.getInt();
    if (width != 2 && width != 4 || words < 0 || pairs < 0) {
      throw new IllegalArgumentException("bad pair index in n-gram model");
    }
    int[][] starts = new int[2][];
    char[][] shorts = new char[2][];
    int[][] ints = new int[2][];
    for (int side = 0; side < 2; side++) {
      starts[side] = new int[words + 1];
      in.asIntBuffer().get(starts[side]);
      in.position(in.position() + 4 * (words + 1));
      if (width == 2) {
        shorts[side] = new char[pairs];
        in.asCharBuffer().get(shorts[side]);
      } else {
        ints[side] = new int[pairs];
        in.asIntBuffer().get(ints[side]);
      }
      in.position(in.position() + width * pairs);
    }
    return width == 2
        ? new BigramIndex(starts[0], starts[1], shorts[0], shorts[1])
        : new BigramIndex(starts[0], starts[1], ints[0], ints[1]);
  }
}
