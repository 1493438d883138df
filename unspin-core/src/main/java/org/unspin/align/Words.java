package org.unspin.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

  public Words {
    normalized = List.copyOf(normalized);
  }

  /** Splits {@code text} into words. */
  public static Words of(String text) {
    List<String> norm = new ArrayList<>();
    int[] starts = new int[16];
    int[] ends = new int[16];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      i = skipWordChars(text, i);
      // Inner dots, commas and hyphens join runs of letters and digits: U.S, 1,234.5, part-time.
      while (i + 1 < len && isJoiner(text.charAt(i)) && isWordChar(text.codePointAt(i + 1))) {
        i = skipWordChars(text, i + 1);
      }
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
        ends = java.util.Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = i;
      n++;
      norm.add(lowerCase(text, start, i));
    }
    return new Words(
        text, java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n), norm);
  }

  /** Whether {@code cp} is a letter or a number (Unicode categories L and N). */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == ',' || c == '-';
  }

  private static int skipWordChars(String text, int i) {
    int len = text.length();
    while (i < len) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** {@link #normalize} of {@code text[from, to)}, without copying plain lower-case ASCII twice. */
  private static String lowerCase(String text, int from, int to) {
    char[] out = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        return normalize(text.substring(from, to));
      }
      out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out);
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
