package org.unspin.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text with their character offsets. A word is a run of letters and digits, kept
 * together across inner apostrophes, hyphens, dots and commas ({@code don't}, {@code U.S}, {@code
 * 1,234.5}); punctuation between words is ignored.
 *
 * @param text the text the offsets refer to
 * @param starts the start offset of each word
 * @param ends the end offset (exclusive) of each word
 * @param normalized each word in lower case with typographic apostrophes folded
 */
public record Words(String text, int[] starts, int[] ends, List<String> normalized) {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,\\-][\\p{L}\\p{N}]+)*");

  public Words {
    normalized = List.copyOf(normalized);
  }

  /** Splits {@code text} into words. */
  public static Words of(String text) {
    Matcher m = WORD.matcher(text);
    List<String> norm = new ArrayList<>();
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    while (m.find()) {
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
        ends = java.util.Arrays.copyOf(ends, n * 2);
      }
      starts[n] = m.start();
      ends[n] = m.end();
      n++;
      norm.add(normalize(m.group()));
    }
    return new Words(
        text, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n), norm);
  }

  /** The lower-case form words are compared by. */
  public static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** How many words. */
  public int size() {
    return starts.length;
  }

  /** The normalized word at {@code i}. */
  public String word(int i) {
    return normalized.get(i);
  }

  /** The original text of words {@code from} (inclusive) to {@code to} (exclusive). */
  public String span(int from, int to) {
    return from >= to ? "" : text.substring(starts[from], ends[to - 1]);
  }

  /** The normalized words {@code from..to} joined by single spaces. */
  public String phrase(int from, int to) {
    return String.join(" ", normalized.subList(from, to));
  }

  /** Whether a sentence or paragraph ends right after word {@code i} (or the text does). */
  public boolean endsSentence(int i) {
    for (int k = ends[i]; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != ')' && c != '\u201d') {
        return false;
      }
    }
    return true;
  }

  /** Whether a sentence or paragraph starts at word {@code i} (or the text does). */
  public boolean startsSentence(int i) {
    for (int k = starts[i] - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '(' && c != '\u201c') {
        return false;
      }
    }
    return true;
  }

  /** Whether the word at {@code i} contains a digit. */
  public boolean isNumber(int i) {
    String w = normalized.get(i);
    for (int k = 0; k < w.length(); k++) {
      if (Character.isDigit(w.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
