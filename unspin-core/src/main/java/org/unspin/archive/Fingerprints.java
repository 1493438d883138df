package org.unspin.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unspin.align.Words;
import org.unspin.lexicon.FunctionWords;

/**
 * The terms a story is indexed and looked up by, chosen to survive synonym substitution: its
 * content words and numbers (a spinner swaps some of them, never all, and rarely numbers or names)
 * and its function-word n-grams, the order of "of", "the", "in"... that spinning leaves intact.
 */
final class Fingerprints {

  /** Length of the function-word n-grams. */
  static final int STOPWORD_GRAM = 4;

  /** Prefix of function-word n-gram terms, so they never collide with words. */
  static final String GRAM_PREFIX = "s:";

  private Fingerprints() {}

  /** The distinct fingerprint terms of {@code words}, in first-seen order. */
  static Set<String> terms(Words words) {
    Set<String> out = new LinkedHashSet<>();
    List<String> stops = new ArrayList<>();
    for (String w : words.normalized()) {
      if (FunctionWords.contains(w)) {
        stops.add(w);
      } else if (w.length() > 1 || Character.isDigit(w.charAt(0))) {
        out.add(w);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + STOPWORD_GRAM <= stops.size(); i++) {
      sb.setLength(0);
      sb.append(GRAM_PREFIX);
      for (int k = 0; k < STOPWORD_GRAM; k++) {
        if (k > 0) {
          sb.append('_');
        }
        sb.append(stops.get(i + k));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Whether a normalized word carries content: not a function word, and not a lone letter. */
  static boolean isContent(String word) {
    return !FunctionWords.contains(word)
        && (word.length() > 1 || Character.isDigit(word.charAt(0)));
  }
}
