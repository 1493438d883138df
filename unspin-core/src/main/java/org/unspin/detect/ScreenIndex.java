package org.unspin.detect;

import java.util.Arrays;

/**
 * The signatures of one neighbour's followers or predecessors ({@link FillerCache#neighbours}, at
 * most 64 of them) turned inside out: every hash any of them holds, sorted, with the set of entries
 * holding it as bits. Which entries meet a span's signature ({@link Relatedness.Signature#meets})
 * is then found by looking the span's hashes up once for the whole list, where the one-sided offer
 * otherwise walked the span's signature against each entry's in turn (hundreds of walks per span,
 * of which about one in fifty meets). Immutable once built.
 */
final class ScreenIndex {

  /** The most entries an index holds (one bit each). */
  static final int MAX_ENTRIES = 64;

  /** The list it was built from (an index answers only for that list). */
  private final FillerCache.Fills near;

  /** Every hash of the entries' signatures, sorted, each once. */
  private final int[] hashes;

  /** For each hash, the entries (bit k: entry k) whose signature holds it. */
  private final long[] holders;

  private ScreenIndex(FillerCache.Fills near, int[] hashes, long[] holders) {
    this.near = near;
    this.hashes = hashes;
    this.holders = holders;
  }

  /**
   * The index of {@code near}, entry {@code k}'s signature being {@code signatures[k]}; null when
   * the list has more than {@link #MAX_ENTRIES} entries.
   */
  static ScreenIndex of(FillerCache.Fills near, Relatedness.Signature[] signatures) {
    int n = signatures.length;
    if (n > MAX_ENTRIES) {
      return null;
    }
    int total = 0;
    for (Relatedness.Signature s : signatures) {
      total += s.size();
    }
    // each hash with its entry in the low six bits of a long, sorted by hash then entry
    long[] pairs = new long[total];
    int at = 0;
    for (int k = 0; k < n; k++) {
      Relatedness.Signature s = signatures[k];
      for (int j = 0; j < s.size(); j++) {
        pairs[at++] = ((long) s.hash(j) << 6) | k;
      }
    }
    Arrays.sort(pairs);
    int[] hashes = new int[total];
    long[] holders = new long[total];
    int distinct = 0;
    for (long p : pairs) {
      int h = (int) (p >> 6);
      if (distinct == 0 || hashes[distinct - 1] != h) {
        hashes[distinct++] = h;
      }
      holders[distinct - 1] |= 1L << (p & 63);
    }
    return new ScreenIndex(near, Arrays.copyOf(hashes, distinct), Arrays.copyOf(holders, distinct));
  }

  /** Whether this index was built from {@code list}. */
  boolean isOf(FillerCache.Fills list) {
    return near == list;
  }

  /**
   * The entries (bit k: entry k) whose signature meets {@code span}'s: exactly those for which
   * {@code span.meets(signature of entry k)}.
   */
  long meeting(Relatedness.Signature span) {
    long out = 0;
    if (hashes.length == 0) {
      return 0;
    }
    int lo = 0;
    for (int j = 0; j < span.size(); j++) {
      // the span's hashes are sorted: each search starts where the last one ended
      int at = Arrays.binarySearch(hashes, lo, hashes.length, span.hash(j));
      if (at >= 0) {
        out |= holders[at];
        lo = at + 1;
      } else {
        lo = -1 - at;
      }
      if (lo >= hashes.length) {
        break;
      }
    }
    return out;
  }
}
