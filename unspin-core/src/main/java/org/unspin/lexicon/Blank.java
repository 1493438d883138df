package org.unspin.lexicon;

import java.util.List;

/** The rules of a fill-in-the-blank query, shared by every {@link LanguageModel}. */
final class Blank {

  private Blank() {}

  static void check(List<String> left, List<String> right, int maxWords) {
    if (left.isEmpty() || right.isEmpty()) {
      throw new IllegalArgumentException(
          "a blank needs context on both sides (sentence markers at sentence edges): "
              + left
              + " _ "
              + right);
    }
    if (maxWords < 1 || maxWords > 2) {
      throw new IllegalArgumentException("maxWords must be 1 or 2: " + maxWords);
    }
  }

  /**
   * How many context words to keep on each side ({left, right}) around a blank of {@code gap} words
   * so the n-gram fits {@code order}: words are dropped from the longer side's far end, the left on
   * ties, keeping at least one on each side. Null when that does not fit.
   */
  static int[] fit(int left, int right, int gap, int order) {
    while (left + gap + right > order && left + right > 2) {
      if (left >= right && left > 1 || right == 1) {
        left--;
      } else {
        right--;
      }
    }
    return left + gap + right > order ? null : new int[] {left, right};
  }
}
