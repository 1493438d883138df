package org.unspin.detect;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unspin.lexicon.Token;
import org.unspin.lexicon.Tokenizer;

/**
 * The words of a text (by the shared {@link Tokenizer}) as parallel arrays: offsets, normalised
 * forms, letter-case shapes and where sentences start. Built once per text.
 */
final class Tokens {

  /** Shape: a lower-case word. */
  static final byte LOWER = 0;

  /** Shape: a word with an upper-case first letter and lower case after it. */
  static final byte CAPITALIZED = 1;

  /** Shape: an all-capitals word of two letters or more. */
  static final byte UPPER = 2;

  /** Shape: a number, a possessive or a mix not covered above (iPhone, McDonald). */
  static final byte OTHER = 3;

  final int size;
  final int[] start;
  final int[] end;
  final String[] lower;
  final byte[] shape;

  private Set<String> wordSet;

  /** The text's words as normalised (built on first use; not thread-safe, like the analysis). */
  Set<String> words() {
    if (wordSet == null) {
      wordSet = new HashSet<>(Arrays.asList(lower));
    }
    return wordSet;
  }

  /** Whether token i starts a sentence. */
  final boolean[] breakBefore;

  private Tokens(int n) {
    size = n;
    start = new int[n];
    end = new int[n];
    lower = new String[n];
    shape = new byte[n];
    breakBefore = new boolean[n];
  }

  /** The tokens of the first {@code maxWords} words of a text. */
  static Tokens of(String text, int maxWords) {
    List<List<Token>> sentences = Tokenizer.sentences(text);
    int n = 0;
    for (List<Token> s : sentences) {
      n += s.size();
    }
    Tokens t = new Tokens(Math.min(n, maxWords));
    int i = 0;
    for (List<Token> s : sentences) {
      boolean first = true;
      for (Token tok : s) {
        if (i == t.size) {
          return t;
        }
        t.start[i] = tok.start();
        t.end[i] = tok.end();
        t.lower[i] = tok.norm();
        t.shape[i] = shapeOf(tok.text());
        t.breakBefore[i] = first;
        first = false;
        i++;
      }
    }
    return t;
  }

  static byte shapeOf(String word) {
    if (!Character.isLetter(word.charAt(0))) {
      return OTHER;
    }
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

  /** Whether tokens i and i+1 are in the same sentence. */
  boolean joined(int i) {
    return i + 1 < size && !breakBefore[i + 1];
  }
}
