package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import org.unspin.lexicon.internal.NgramHash;

/**
 * What the in-memory and the compact model share: words mapped to ids, n-grams looked up by {@link
 * NgramHash} key, and fillers enumerated from an index of blank patterns.
 */
abstract class IndexedModel implements LanguageModel {

  /** Orders fillers most frequent first, ties in phrase order. */
  static final Comparator<Filler> BEST_FIRST =
      Comparator.comparingLong(Filler::count).reversed().thenComparing(Filler::phrase);

  /** The id of a normalised word, or -1 when it was never counted. */
  abstract int id(String word);

  /** The word of an id. */
  abstract String word(int id);

  /** The count of the n-gram with the given key. */
  abstract long countKey(long key);

  /** Calls {@code action} with each filler code indexed under a {@link NgramHash#blank} key. */
  abstract void forEachFiller(long blankKey, LongConsumer action);

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
      int innerLeft = seq[keep[0] - 1];
      int innerRight = seq[keep[0] + gap];
      int at = keep[0];
      int g = gap;
      forEachFiller(
          NgramHash.blank(innerLeft, gap, innerRight),
          code -> {
            List<String> words;
            if (g == 1) {
              seq[at] = (int) code;
              words = List.of(word(seq[at]));
            } else {
              seq[at] = NgramHash.first(code);
              seq[at + 1] = NgramHash.second(code);
              words = List.of(word(seq[at]), word(seq[at + 1]));
            }
            long c = countIds(seq);
            if (c > 0) {
              found.add(new Filler(words, c));
            }
          });
    }
    found.sort(BEST_FIRST);
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
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
