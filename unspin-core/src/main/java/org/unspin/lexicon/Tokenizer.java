package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one tokenizer shared by the language models, the spinner and the detector: word tokens with
 * offsets, split into sentences.
 *
 * <p>A word is a run of letters and digits, joined across hyphens, apostrophes and "&amp;"
 * ("well-known", "don't", "AT&amp;T"), across periods in initialisms and decimals ("U.S.", "3.5")
 * and across commas, colons and slashes between digits ("1,000", "10:30"). A possessive "'s" is its
 * own token. Punctuation is not a token. Sentences end at ".", "!" or "?" (not after a known
 * abbreviation or an initial) and at blank lines. Never throws on any string.
 */
public final class Tokenizer {

  /** The marker language models count before each sentence. */
  public static final String SENTENCE_START = "<s>";

  /** The marker language models count after each sentence. */
  public static final String SENTENCE_END = "</s>";

  /** The normalised form of every token that contains a digit. */
  public static final String NUMBER = "<num>";

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
          "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "vs", "etc", "jan", "feb", "aug",
          "sept", "oct", "nov", "dec", "no", "ft", "mt");

  private Tokenizer() {}

  /** The word tokens of {@code text} grouped into sentences; empty sentences are dropped. */
  public static List<List<Token>> sentences(String text) {
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        int end = wordEnd(text, i);
        addWord(text, i, end, current);
        i = end;
        continue;
      }
      if (cp == '!' || cp == '?' || (cp == '.' && !afterAbbreviation(current, i))) {
        current = endSentence(sentences, current);
      } else if (cp == '\n' && blankLineFollows(text, i + 1)) {
        current = endSentence(sentences, current);
      }
      i += Character.charCount(cp);
    }
    endSentence(sentences, current);
    return sentences;
  }

  /** All word tokens of {@code text}, in order. */
  public static List<Token> tokens(String text) {
    List<Token> all = new ArrayList<>();
    for (List<Token> sentence : sentences(text)) {
      all.addAll(sentence);
    }
    return all;
  }

  /** The normalised words of {@code text}, in order, without sentence markers. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (Token t : tokens(text)) {
      words.add(t.norm());
    }
    return words;
  }

  /**
   * The form language models count: lower case ({@link Locale#ROOT}), typographic apostrophes and
   * hyphens made plain, and {@link #NUMBER} for anything containing a digit.
   */
  public static String normalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isDigit(cp)) {
        return NUMBER;
      }
      if (cp == '\u2019' || cp == '\u2018') {
        out.append('\'');
      } else if (cp == '\u2010' || cp == '\u2011') {
        out.append('-');
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isJoiner(int cp) {
    return cp == '-'
        || cp == '\''
        || cp == '\u2019'
        || cp == '\u2010'
        || cp == '\u2011'
        || cp == '&';
  }

  /** The end of the word starting at {@code start}. */
  private static int wordEnd(String text, int start) {
    int n = text.length();
    int j = start;
    int segmentStart = start;
    while (true) {
      while (j < n && isWordChar(text.codePointAt(j))) {
        j += Character.charCount(text.codePointAt(j));
      }
      if (j + 1 >= n) {
        break;
      }
      int c = text.charAt(j);
      int next = text.codePointAt(j + 1);
      if (!isWordChar(next)) {
        break;
      }
      boolean digits = Character.isDigit(text.codePointBefore(j)) && Character.isDigit(next);
      boolean join =
          isJoiner(c)
              || (c == '.' && (digits || j - segmentStart <= 2))
              || ((c == ',' || c == ':' || c == '/') && digits);
      if (!join) {
        break;
      }
      j++;
      segmentStart = j;
    }
    // the final period of an initialism ("U.S.") belongs to the word
    if (j < n
        && text.charAt(j) == '.'
        && j - segmentStart == 1
        && segmentStart > start
        && text.charAt(segmentStart - 1) == '.') {
      j++;
    }
    return j;
  }

  private static void addWord(String text, int start, int end, List<Token> out) {
    int len = end - start;
    if (len > 2 && isPossessive(text, end)) {
      out.add(token(text, start, end - 2));
      out.add(token(text, end - 2, end));
    } else {
      out.add(token(text, start, end));
    }
  }

  private static boolean isPossessive(String text, int end) {
    char apostrophe = text.charAt(end - 2);
    char s = text.charAt(end - 1);
    return (apostrophe == '\'' || apostrophe == '\u2019') && (s == 's' || s == 'S');
  }

  private static Token token(String text, int start, int end) {
    String surface = text.substring(start, end);
    return new Token(surface, start, end, normalize(surface));
  }

  private static boolean afterAbbreviation(List<Token> current, int dot) {
    if (current.isEmpty()) {
      return false;
    }
    Token last = current.get(current.size() - 1);
    if (last.end() != dot) {
      return false;
    }
    String norm = last.norm();
    return (norm.length() == 1 && Character.isLetter(norm.charAt(0)) && last.capitalized())
        || ABBREVIATIONS.contains(norm);
  }

  private static boolean blankLineFollows(String text, int from) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }

  private static List<Token> endSentence(List<List<Token>> sentences, List<Token> current) {
    if (current.isEmpty()) {
      return current;
    }
    sentences.add(List.copyOf(current));
    return new ArrayList<>();
  }
}
