package org.unspin.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a class/id string, for rule look-ups by set instead of by regular expression: split
 * on everything but letters and digits, lower-cased, trailing digits dropped ({@code ad300} is
 * {@code ad}); adjacent pairs are added joined by a hyphen ({@code read-more}).
 */
public final class ClassTokens {
  private ClassTokens() {}

  /** The words of {@code marks}, then its adjacent pairs. */
  public static List<String> of(String marks) {
    List<String> out = new ArrayList<>(4);
    int n = marks.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(marks.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(marks.charAt(i))) {
        i++;
      }
      int end = i;
      while (end > start && Character.isDigit(marks.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(marks.substring(start, end).toLowerCase(Locale.ROOT));
      }
    }
    for (int k = 0, words = out.size(); k + 1 < words; k++) {
      out.add(out.get(k) + "-" + out.get(k + 1));
    }
    return out;
  }

  /** Whether any of {@code tokens} is in {@code words}. */
  public static boolean any(List<String> tokens, Set<String> words) {
    for (String t : tokens) {
      if (words.contains(t)) {
        return true;
      }
    }
    return false;
  }
}
