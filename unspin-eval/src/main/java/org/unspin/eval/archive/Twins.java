package org.unspin.eval.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unspin.align.Words;

/**
 * Finds stories that are versions of one another: a story shares most of its word 5-grams with
 * another (a resent, corrected or cut version). Such a version is as much the source of a copy as
 * the story the copy was made from, and a story with one in the archive is not "absent" from it.
 * Exact shingle containment over a sorted list, no sampling.
 */
final class Twins {
  private static final int SHINGLE = 5;
  private static final int DOC_BITS = 20;
  private static final int MAX_RUN = 50;

  private Twins() {}

  /**
   * For each story (by index) the other stories such that at least {@code minContainment} of the
   * shorter one's shingles occur in the longer one.
   */
  static Map<Integer, Set<Integer>> find(List<String> texts, double minContainment) {
    if (texts.size() >= 1 << DOC_BITS) {
      throw new IllegalArgumentException("too many stories for twin search: " + texts.size());
    }
    int[] sizes = new int[texts.size()];
    long[] keys = new long[1 << 16];
    int n = 0;
    for (int d = 0; d < texts.size(); d++) {
      Set<Long> shingles = new HashSet<>();
      List<String> w = Words.of(texts.get(d)).normalized();
      for (int i = 0; i + SHINGLE <= w.size(); i++) {
        long h = 1125899906842597L;
        for (int k = i; k < i + SHINGLE; k++) {
          h = 31 * h + w.get(k).hashCode();
        }
        shingles.add(h >>> (DOC_BITS + 1));
      }
      sizes[d] = shingles.size();
      for (long h : shingles) {
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, n * 2);
        }
        keys[n++] = (h << DOC_BITS) | d;
      }
    }
    Arrays.sort(keys, 0, n);
    Map<Long, Integer> shared = new HashMap<>();
    int mask = (1 << DOC_BITS) - 1;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && (keys[j] >>> DOC_BITS) == (keys[i] >>> DOC_BITS)) {
        j++;
      }
      if (j - i > 1 && j - i <= MAX_RUN) {
        for (int a = i; a < j; a++) {
          for (int b = a + 1; b < j; b++) {
            long pair = ((long) (int) (keys[a] & mask) << 32) | (keys[b] & mask);
            shared.merge(pair, 1, Integer::sum);
          }
        }
      }
      i = j;
    }
    Map<Integer, Set<Integer>> out = new HashMap<>();
    shared.forEach(
        (pair, count) -> {
          int a = (int) (pair >>> 32);
          int b = (int) (pair & 0xffffffffL);
          int smaller = Math.min(sizes[a], sizes[b]);
          if (smaller > 0 && count >= minContainment * smaller) {
            out.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            out.computeIfAbsent(b, k -> new HashSet<>()).add(a);
          }
        });
    return out;
  }

  /** The twins of story {@code i}, as a list (empty when none). */
  static List<Integer> of(Map<Integer, Set<Integer>> twins, int i) {
    return new ArrayList<>(twins.getOrDefault(i, Set.of()));
  }
}
