package org.unspin.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns a copy against its source word by word and groups the differences into segments.
 * Patience-style: words that occur exactly once in both stretches (names, rare words, numbers,
 * which spinners leave alone) anchor the alignment in order (longest increasing run), and the short
 * stretches between anchors are aligned by a weighted edit distance that prefers evenly matched
 * changes (Myers' diff from java-diff-utils for very long ones). Stateless and thread-safe.
 */
public final class Aligner {

  /** Cost of swapping one word for another in the edit-distance alignment of a gap. */
  private static final int SWAP = 10;

  /** Cost of adding or dropping a word: more than a swap, less than two. */
  private static final int INDEL = 12;

  /** Largest gap (cells of the cost table) aligned by edit distance rather than Myers' diff. */
  private static final long MAX_DP_CELLS = 1_000_000;

  /** Aligns {@code copy} against {@code source}. */
  public Alignment align(String copy, String source) {
    return align(Words.of(copy), Words.of(source));
  }

  /** Aligns already tokenized texts. */
  public Alignment align(Words copy, Words source) {
    // Words become small integers so everything below compares ints, not strings.
    Map<String, Integer> ids = new HashMap<>();
    int[] a = ids(source, ids);
    int[] b = ids(copy, ids);
    List<Segment> raw = new ArrayList<>();
    range(a, 0, a.length, b, 0, b.length, raw);
    return new Alignment(copy, source, cutGaps(merge(raw), copy, source));
  }

  /** Aligns source words [a0, a1) with copy words [b0, b1), appending segments in order. */
  private static void range(int[] a, int a0, int a1, int[] b, int b0, int b1, List<Segment> out) {
    int p = 0;
    while (a0 + p < a1 && b0 + p < b1 && a[a0 + p] == b[b0 + p]) {
      p++;
    }
    if (p > 0) {
      out.add(new Segment(Segment.Kind.EQUAL, b0, b0 + p, a0, a0 + p));
      a0 += p;
      b0 += p;
    }
    int s = 0;
    while (a1 - s > a0 && b1 - s > b0 && a[a1 - 1 - s] == b[b1 - 1 - s]) {
      s++;
    }
    a1 -= s;
    b1 -= s;
    if (a0 < a1 || b0 < b1) {
      if (a0 == a1 || b0 == b1) {
        out.add(new Segment(Segment.Kind.CHANGE, b0, b1, a0, a1));
      } else {
        int[][] anchors = anchors(a, a0, a1, b, b0, b1);
        if (anchors.length == 0) {
          gap(a, a0, a1, b, b0, b1, out);
        } else {
          int pa = a0;
          int pb = b0;
          for (int[] anchor : anchors) {
            range(a, pa, anchor[0], b, pb, anchor[1], out);
            out.add(
                new Segment(
                    Segment.Kind.EQUAL, anchor[1], anchor[1] + 1, anchor[0], anchor[0] + 1));
            pa = anchor[0] + 1;
            pb = anchor[1] + 1;
          }
          range(a, pa, a1, b, pb, b1, out);
        }
      }
    }
    if (s > 0) {
      out.add(new Segment(Segment.Kind.EQUAL, b1, b1 + s, a1, a1 + s));
    }
  }

  /**
   * Positions {@code {sourceIndex, copyIndex}} of words unique in both stretches, the longest run
   * in which both indexes increase.
   */
  private static int[][] anchors(int[] a, int a0, int a1, int[] b, int b0, int b1) {
    Map<Integer, int[]> seen = new HashMap<>();
    for (int i = a0; i < a1; i++) {
      int[] c = seen.computeIfAbsent(a[i], k -> new int[] {0, 0, -1, -1});
      c[0]++;
      c[2] = i;
    }
    for (int j = b0; j < b1; j++) {
      int[] c = seen.get(b[j]);
      if (c != null) {
        c[1]++;
        c[3] = j;
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int j = b0; j < b1; j++) {
      int[] c = seen.get(b[j]);
      if (c != null && c[0] == 1 && c[1] == 1) {
        pairs.add(new int[] {c[2], j});
      }
    }
    // Longest increasing subsequence of source positions, in copy order (patience sorting).
    int n = pairs.size();
    int[] tails = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int i = 0; i < n; i++) {
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[0] < pairs.get(i)[0]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
      if (lo == len) {
        len++;
      }
    }
    int[][] out = new int[len][];
    for (int i = len - 1, k = len > 0 ? tails[len - 1] : -1; i >= 0; i--, k = prev[k]) {
      out[i] = pairs.get(k);
    }
    return out;
  }

  /**
   * Aligns a stretch without anchors. Small ones get an edit-distance alignment in which swapping a
   * word costs less than adding or dropping one, so among alignments keeping as many words, the one
   * with the most evenly matched changes wins (a spinner swaps phrases for phrases of similar
   * length); large ones fall back to Myers' diff.
   */
  private static void gap(int[] a, int a0, int a1, int[] b, int b0, int b1, List<Segment> out) {
    int n = a1 - a0;
    int m = b1 - b0;
    if ((long) (n + 1) * (m + 1) > MAX_DP_CELLS) {
      myers(a, a0, a1, b, b0, b1, out);
      return;
    }
    int w = m + 1;
    int[] cost = new int[(n + 1) * w];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        int c;
        if (i == 0) {
          c = j * INDEL;
        } else if (j == 0) {
          c = i * INDEL;
        } else {
          int diag = cost[(i - 1) * w + j - 1] + (a[a0 + i - 1] == b[b0 + j - 1] ? 0 : SWAP);
          c = Math.min(diag, Math.min(cost[(i - 1) * w + j], cost[i * w + j - 1]) + INDEL);
        }
        cost[i * w + j] = c;
      }
    }
    // Walk back from the end, recording which pairs are kept as equal.
    List<int[]> equal = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      boolean same = a[a0 + i - 1] == b[b0 + j - 1];
      int here = cost[i * w + j];
      if (here == cost[(i - 1) * w + j - 1] + (same ? 0 : SWAP)) {
        if (same) {
          equal.add(new int[] {a0 + i - 1, b0 + j - 1});
        }
        i--;
        j--;
      } else if (here == cost[(i - 1) * w + j] + INDEL) {
        i--;
      } else {
        j--;
      }
    }
    int pa = a0;
    int pb = b0;
    for (int k = equal.size() - 1; k >= 0; k--) {
      int[] e = equal.get(k);
      if (e[0] > pa || e[1] > pb) {
        out.add(new Segment(Segment.Kind.CHANGE, pb, e[1], pa, e[0]));
      }
      out.add(new Segment(Segment.Kind.EQUAL, e[1], e[1] + 1, e[0], e[0] + 1));
      pa = e[0] + 1;
      pb = e[1] + 1;
    }
    if (pa < a1 || pb < b1) {
      out.add(new Segment(Segment.Kind.CHANGE, pb, b1, pa, a1));
    }
  }

  private static void myers(int[] a, int a0, int a1, int[] b, int b0, int b1, List<Segment> out) {
    List<Integer> x = box(a, a0, a1);
    List<Integer> y = box(b, b0, b1);
    Patch<Integer> patch = DiffUtils.diff(x, y, false);
    int pa = a0;
    int pb = b0;
    for (AbstractDelta<Integer> d : patch.getDeltas()) {
      int s0 = a0 + d.getSource().getPosition();
      int c0 = b0 + d.getTarget().getPosition();
      if (s0 > pa) {
        out.add(new Segment(Segment.Kind.EQUAL, pb, c0, pa, s0));
      }
      pa = s0 + d.getSource().size();
      pb = c0 + d.getTarget().size();
      out.add(new Segment(Segment.Kind.CHANGE, c0, pb, s0, pa));
    }
    if (pa < a1) {
      out.add(new Segment(Segment.Kind.EQUAL, pb, b1, pa, a1));
    }
  }

  /** Joins neighbouring segments of the same kind and drops empty ones. */
  private static List<Segment> merge(List<Segment> raw) {
    List<Segment> out = new ArrayList<>(raw.size());
    for (Segment s : raw) {
      if (s.copyLength() == 0 && s.sourceLength() == 0) {
        continue;
      }
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).kind() == s.kind()) {
        Segment p = out.get(last);
        out.set(
            last, new Segment(s.kind(), p.copyFrom(), s.copyTo(), p.sourceFrom(), s.sourceTo()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Splits a change whose source side runs on far past its copy side (the copy's last words before
   * an untaken tail or a dropped paragraph) into the swapped phrase, ended or started at a sentence
   * boundary like the copy's, and the gap of source words the copy leaves out.
   */
  private static List<Segment> cutGaps(List<Segment> segments, Words copy, Words source) {
    List<Segment> out = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      int c = s.copyLength();
      if (s.kind() != Segment.Kind.CHANGE
          || c == 0
          || c > Alignment.MAX_PHRASE_WORDS
          || s.sourceLength() <= Alignment.MAX_SWAP_RUN) {
        out.add(s);
        continue;
      }
      int limit = Math.min(s.sourceTo(), s.sourceFrom() + Alignment.MAX_PHRASE_WORDS);
      int cut = -1;
      if (s.copyTo() == copy.size()) {
        // The copy stops here, perhaps mid-sentence: its last words stand for as many of the
        // source's (most swaps keep the length).
        cut = s.sourceFrom() + c;
        out.add(new Segment(Segment.Kind.CHANGE, s.copyFrom(), s.copyTo(), s.sourceFrom(), cut));
        out.add(new Segment(Segment.Kind.GAP, s.copyTo(), s.copyTo(), cut, s.sourceTo()));
        continue;
      }
      if (copy.endsSentence(s.copyTo() - 1)) {
        for (int k = s.sourceFrom(); k < limit && cut < 0; k++) {
          if (source.endsSentence(k)) {
            cut = k + 1;
          }
        }
        if (cut > 0) {
          out.add(new Segment(Segment.Kind.CHANGE, s.copyFrom(), s.copyTo(), s.sourceFrom(), cut));
          out.add(new Segment(Segment.Kind.GAP, s.copyTo(), s.copyTo(), cut, s.sourceTo()));
          continue;
        }
      }
      if (copy.startsSentence(s.copyFrom())) {
        int first = Math.max(s.sourceFrom() + 1, s.sourceTo() - Alignment.MAX_PHRASE_WORDS);
        for (int k = s.sourceTo() - 1; k >= first && cut < 0; k--) {
          if (source.startsSentence(k)) {
            cut = k;
          }
        }
        if (cut > 0) {
          out.add(new Segment(Segment.Kind.GAP, s.copyFrom(), s.copyFrom(), s.sourceFrom(), cut));
          out.add(new Segment(Segment.Kind.CHANGE, s.copyFrom(), s.copyTo(), cut, s.sourceTo()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  private static List<Integer> box(int[] v, int from, int to) {
    List<Integer> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(v[i]);
    }
    return out;
  }

  private static int[] ids(Words words, Map<String, Integer> ids) {
    int[] out = new int[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(words.word(i), k -> ids.size());
    }
    return out;
  }
}
