package org.unspin.lexicon;

import java.util.Arrays;
import java.util.List;

/**
 * N-gram counts over normalised word tokens ({@link Tokenizer#normalize}), with sentences wrapped
 * in {@link Tokenizer#SENTENCE_START} and {@link Tokenizer#SENTENCE_END}.
 *
 * <p>Implementations are safe for concurrent reads.
 */
public interface LanguageModel {

  /** The highest n-gram order counted. */
  int order();

  /** How often the words occur in sequence; 0 when unseen or longer than {@link #order()}. */
  long count(List<String> words);

  /** The number of word tokens counted (sentence markers excluded). */
  long tokens();

  /**
   * Fill in the blank: the phrases {@code w} of 1 to {@code maxWords} words that were counted
   * between {@code left} and {@code right}, that is with {@code count(left + w + right) > 0}, most
   * frequent first (ties in phrase order), at most {@code limit} of them. Sentence markers are
   * never fillers, but may be context: pass {@link Tokenizer#SENTENCE_START} as the left context at
   * the start of a sentence and {@link Tokenizer#SENTENCE_END} as the right one at its end.
   *
   * <p>When {@code left + w + right} would be longer than {@link #order()}, the outermost context
   * words are dropped (from the longer side, the left on ties; at least one word stays on each
   * side) until it fits; the reported count is that of the n-gram actually looked up.
   *
   * @param left the context words before the blank, in text order, at least one
   * @param right the context words after the blank, in text order, at least one
   * @param maxWords 1 or 2
   * @param limit the most fillers to return
   * @throws IllegalArgumentException when a context is empty or maxWords is not 1 or 2
   */
  List<Filler> fillers(List<String> left, List<String> right, int maxWords, int limit);

  /**
   * The content words counted right after {@code word} (pairs {@code word w}), most frequent first
   * (ties in spelling order), at most {@code limit}, each with its pair count {@code count(word
   * w)}. Only {@linkplain #listable listable} words are listed. A model may keep only each word's
   * most frequent followers (the compact model keeps a fixed number above a least count); a model
   * with no such index lists none.
   */
  default List<Filler> followers(String word, int limit) {
    return neighbours(word, true, limit);
  }

  /**
   * The content words counted right before {@code word} (pairs {@code w word}), as {@link
   * #followers}.
   */
  default List<Filler> predecessors(String word, int limit) {
    return neighbours(word, false, limit);
  }

  /**
   * {@link #followers} when {@code after}, else {@link #predecessors}: the one method a model with
   * such an index implements.
   */
  default List<Filler> neighbours(String word, boolean after, int limit) {
    return List.of();
  }

  /**
   * Whether a word may be listed as a follower or predecessor: it begins with a letter and is not a
   * function word (nor a sentence marker).
   */
  static boolean listable(String word) {
    return !word.isEmpty() && Character.isLetter(word.charAt(0)) && !FunctionWords.contains(word);
  }

  /**
   * Word codes for callers that look up many n-grams over the same words (each word coded once,
   * each n-gram then counted without string work), or null when this model offers none.
   */
  default Codes codes() {
    return null;
  }

  /**
   * Words as {@code long} codes and n-gram counts by code. Codes are only meaningful to the model
   * that made them. Safe for concurrent use.
   */
  interface Codes {

    /** The code of a word no layer of the model has counted. */
    long UNKNOWN = -1;

    /** The code of a normalised word; {@link #UNKNOWN} when it was never counted. */
    long code(String word);

    /**
     * How often the coded words {@code codes[from, to)} occur in sequence, the same as {@link
     * LanguageModel#count(List)} of the words.
     */
    long count(long[] codes, int from, int to);

    /**
     * For each {@code k < n}, whether the coded pair {@code first[k] second[k]} was counted: {@code
     * count > 0} of each pair. A model may answer many pairs faster than one by one (their memory
     * reads overlap).
     */
    default void seen(long[] first, long[] second, int n, boolean[] out) {
      long[] gram = new long[2];
      for (int k = 0; k < n; k++) {
        gram[0] = first[k];
        gram[1] = second[k];
        out[k] = count(gram, 0, 2) > 0;
      }
    }

    /**
     * For each {@code k < n}, whether the coded pair {@code word others[k]} ({@code after}) or
     * {@code others[k] word} was counted: {@link #seen} of those pairs. A model with an index of
     * its pairs searches them all in {@code word}'s list of followers or predecessors.
     */
    default void seenBeside(long word, boolean after, long[] others, int n, boolean[] out) {
      long[] fixed = new long[n];
      Arrays.fill(fixed, word);
      if (after) {
        seen(fixed, others, n, out);
      } else {
        seen(others, fixed, n, out);
      }
    }
  }

  /** How often the words of a space-separated phrase occur in sequence. */
  default long count(String phrase) {
    return count(Arrays.asList(phrase.split(" ")));
  }

  /** A model whose counts are the sums of the given models' counts (for example base + archive). */
  static LanguageModel sum(LanguageModel... models) {
    return new SummedModel(List.of(models));
  }

  /**
   * A phrase that fits a blank, and how often it was counted there.
   *
   * @param words the phrase's words
   * @param count the count of the n-gram context + words + context
   */
  record Filler(List<String> words, long count) {

    public Filler {
      words = List.copyOf(words);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("a filler has at least one word");
      }
    }

    /** The words joined by single spaces. */
    public String phrase() {
      return String.join(" ", words);
    }
  }
}
