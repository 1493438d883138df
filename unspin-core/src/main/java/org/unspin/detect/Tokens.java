package org.unspin.detect;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text with their offsets, lower-cased forms and shapes, and where the context
 * breaks (sentence ends, brackets, quotes, line breaks). Built once per text in one pass.
 */
final class Tokens {

  /** Shape: a lower-case word. */
  static final byte LOWER = 0;

  /** Shape: a word with an upper-case first letter and lower case after it. */
  static final byte CAPITALIZED = 1;

  /** Shape: an all-capitals word of two letters or more. */
  static final byte UPPER = 2;

  /** Shape: a token with a digit, or a mix not covered above (iPhone, McDonald). */
  static final byte OTHER = 3;

  final int size;
  final int[] start;
  final int[] end;
  final String[] lower;
  final byte[] shape;

  /** Whether the context breaks between token i-1 and token i (always true for token 0). */
  final boolean[] breakBefore;

  /** Whether a comma or dash stands between token i-1 and token i. */
  final boolean[] commaBefore;

  private Tokens(int n, int[] s, int[] e, String[] l, byte[] sh, boolean[] br, boolean[] cm) {
    size = n;
    start = s;
    end = e;
    lower = l;
    shape = sh;
    breakBefore = br;
    commaBefore = cm;
  }

  /** Splits a text into word tokens; apostrophes and hyphens inside a word keep it whole. */
  static Tokens of(String text) {
    int cap = Math.max(16, text.length() / 5);
    int[] s = new int[cap];
    int[] e = new int[cap];
    String[] l = new String[cap];
    byte[] sh = new byte[cap];
    boolean[] br = new boolean[cap];
    boolean[] cm = new boolean[cap];
    int n = 0;
    boolean pendingBreak = true;
    boolean pendingComma = false;
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < len) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '.' && isDigit(text, j - 1))
              && j + 1 < len
              && Character.isLetterOrDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        if (n == s.length) {
          int m = n * 2;
          s = Arrays.copyOf(s, m);
          e = Arrays.copyOf(e, m);
          l = Arrays.copyOf(l, m);
          sh = Arrays.copyOf(sh, m);
          br = Arrays.copyOf(br, m);
          cm = Arrays.copyOf(cm, m);
        }
        s[n] = i;
        e[n] = j;
        String word = text.substring(i, j);
        sh[n] = shapeOf(word);
        l[n] = sh[n] == LOWER ? word.replace('\u2019', '\'') : lowerOf(word);
        br[n] = pendingBreak;
        cm[n] = pendingComma;
        pendingBreak = false;
        pendingComma = false;
        n++;
        i = j;
      } else {
        if (isBreak(c)) {
          pendingBreak = true;
        } else if (c == ',' || c == '-' || c == '\u2013' || c == '\u2014') {
          pendingComma = true;
        }
        i++;
      }
    }
    return new Tokens(n, s, e, l, sh, br, cm);
  }

  private static String lowerOf(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  private static boolean isDigit(String text, int at) {
    return at >= 0 && Character.isDigit(text.charAt(at));
  }

  private static boolean isBreak(char c) {
    switch (c) {
      case '.':
      case '!':
      case '?':
      case ';':
      case ':':
      case '(':
      case ')':
      case '[':
      case ']':
      case '"':
      case '\u201c':
      case '\u201d':
      case '\n':
      case '|':
      case '/':
      case '{':
      case '}':
      case '<':
      case '>':
      case '=':
        return true;
      default:
        return false;
    }
  }

  static byte shapeOf(String word) {
    int upper = 0;
    int lowerCount = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isDigit(c)) {
        return OTHER;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lowerCount++;
      }
    }
    if (upper == 0) {
      return LOWER;
    }
    if (Character.isUpperCase(word.charAt(0)) && upper == 1) {
      return CAPITALIZED;
    }
    if (lowerCount == 0 && upper >= 2) {
      return UPPER;
    }
    return OTHER;
  }

  /** Whether tokens i and i+1 share a context (no break between them). */
  boolean joined(int i) {
    return i + 1 < size && !breakBefore[i + 1];
  }
}
