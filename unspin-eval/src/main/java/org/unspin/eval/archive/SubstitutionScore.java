package org.unspin.eval.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unspin.align.Words;
import org.unspin.archive.SourceMatch;

/**
 * Scores found substitutions against the spinner's truth. Both sides are put in the form an aligner
 * can see: words a truth pair shares with its original at either end are trimmed off ("aimed at" →
 * "aimed toward" is the change "at" → "toward"), and truth pairs with no word between them in the
 * copy are merged, since back-to-back swaps read as one phrase swap. A found pair counts when it
 * covers the same copy words and restores the same original words.
 */
final class SubstitutionScore {
  private long truth;
  private long found;
  private long matched;

  /** Adds one query's pairs. */
  void add(String copy, List<CopySpinner.Truth> truths, List<SourceMatch.Substitution> subs) {
    Words w = Words.of(copy);
    Set<String> expected = new HashSet<>(truthKeys(copy, w, truths));
    Set<String> got = new HashSet<>();
    for (SourceMatch.Substitution s : subs) {
      got.add(
          key(from(w, s.copyStart()), to(w, s.copyEnd()), Words.of(s.sourceText()).normalized()));
    }
    truth += expected.size();
    found += got.size();
    got.retainAll(expected);
    matched += got.size();
  }

  double precision() {
    return found == 0 ? 1 : matched / (double) found;
  }

  double recall() {
    return truth == 0 ? 1 : matched / (double) truth;
  }

  long truthPairs() {
    return truth;
  }

  private static List<String> truthKeys(String copy, Words w, List<CopySpinner.Truth> truths) {
    List<int[]> spans = new ArrayList<>();
    List<List<String>> originals = new ArrayList<>();
    List<CopySpinner.Truth> sorted = new ArrayList<>(truths);
    sorted.sort(java.util.Comparator.comparingInt(CopySpinner.Truth::start));
    for (CopySpinner.Truth t : sorted) {
      // a swap inside a word ("N" in the ticker "IBM.N") is, word by word, a swap of that word
      int ws = Math.min(t.start(), startOfWordAt(w, t.start()));
      int we = Math.max(t.end(), endOfWordAt(w, t.end() - 1));
      int a = from(w, ws);
      int b = to(w, we);
      List<String> orig =
          new ArrayList<>(
              Words.of(copy.substring(ws, t.start()) + t.original() + copy.substring(t.end(), we))
                  .normalized());
      while (a < b && !orig.isEmpty() && w.word(a).equals(orig.get(0))) {
        a++;
        orig.remove(0);
      }
      while (a < b && !orig.isEmpty() && w.word(b - 1).equals(orig.get(orig.size() - 1))) {
        b--;
        orig.remove(orig.size() - 1);
      }
      if (a == b && orig.isEmpty()) {
        continue;
      }
      int last = spans.size() - 1;
      if (last >= 0 && spans.get(last)[1] >= a) {
        spans.get(last)[1] = Math.max(spans.get(last)[1], b);
        originals.get(last).addAll(orig);
      } else {
        spans.add(new int[] {a, b});
        originals.add(orig);
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      out.add(key(spans.get(i)[0], spans.get(i)[1], originals.get(i)));
    }
    return out;
  }

  private static String key(int from, int to, List<String> original) {
    return from + ":" + to + ":" + String.join(" ", original);
  }

  /** The start of the word holding {@code offset}, or {@code offset} between words. */
  private static int startOfWordAt(Words w, int offset) {
    int i = wordAt(w, offset);
    return i < 0 ? offset : w.starts()[i];
  }

  /** The end of the word holding {@code offset}, or {@code offset + 1} between words. */
  private static int endOfWordAt(Words w, int offset) {
    int i = wordAt(w, offset);
    return i < 0 ? offset + 1 : w.ends()[i];
  }

  private static int wordAt(Words w, int offset) {
    int i = java.util.Arrays.binarySearch(w.starts(), offset);
    if (i < 0) {
      i = -i - 2;
    }
    return i >= 0 && offset < w.ends()[i] ? i : -1;
  }

  /** Index of the first word starting at or after {@code offset}. */
  private static int from(Words w, int offset) {
    int i = java.util.Arrays.binarySearch(w.starts(), offset);
    return i >= 0 ? i : -i - 1;
  }

  /** Number of words ending at or before {@code offset}. */
  private static int to(Words w, int offset) {
    int i = java.util.Arrays.binarySearch(w.ends(), offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
