package org.unspin.detect;

import java.util.List;
import org.unspin.internal.BoundedMap;
import org.unspin.internal.DirectMap;
import org.unspin.lexicon.LanguageModel;

/**
 * The fill-in search's answers for one-word contexts, remembered per detector: the same contexts
 * ("the _ of", "said _ would") recur in every text, and each search enumerates and counts every
 * filler the model saw there. Also a word's followers and predecessors (one-sided contexts). Each
 * answer keeps its phrases joined and split, ready for the candidate loop (which meets them again
 * for every span in that context). Bounded (emptied when full); safe for concurrent use. The model
 * must not change while the cache is used.
 */
final class FillerCache {

  private static final int LIMIT = 200_000;

  /**
   * The fillers of one blank, best first: each one's phrase and its words.
   *
   * @param phrases the fillers' phrases, words joined by single spaces
   * @param words the words of each phrase
   * @param tokens the model's codes of each phrase's words (stable tokens, see {@link
   *     ContextScorer#stableTokens()}), or null when the model has no codes
   */
  record Fills(String[] phrases, String[][] words, long[][] tokens) {

    /** The scorer's tokens of phrase {@code k}: the stored codes where the scorer's are stable. */
    long[] tokens(int k, ContextScorer scorer) {
      return scorer.stableTokens() && tokens != null ? tokens[k] : scorer.tokens(words[k]);
    }

    /** The scorer's token of the first word of phrase {@code k} ({@link #tokens(int, ...)}). */
    long firstToken(int k, ContextScorer scorer) {
      return scorer.stableTokens() && tokens != null ? tokens[k][0] : scorer.token(words[k][0]);
    }
  }

  private final LanguageModel lm;
  private final int limit;
  private final BoundedMap<Key, Fills> answers = new BoundedMap<>(LIMIT);

  /**
   * What an answer is for: the blank between {@code left} and {@code right} of up to {@code kind}
   * words, or (kind -1, -2) the followers or predecessors of {@code left}.
   */
  private record Key(String left, String right, int kind) {}

  FillerCache(LanguageModel lm, int limit) {
    this.lm = lm;
    this.limit = limit;
  }

  /**
   * The answers of the {@link #answers} map again, by the model's codes of the words ({@link
   * #codeKey}): looked up without hashing or comparing strings.
   */
  private final DirectMap<Fills> byCodes = new DirectMap<>(16);

  /** {@link LanguageModel#fillers} of one word on each side, at most the cache's limit. */
  Fills fillers(String left, String right, int maxWords) {
    return answers.get(
        new Key(left, right, maxWords),
        k -> fills(lm.fillers(List.of(left), List.of(right), maxWords, limit), lm.codes()));
  }

  /** {@link #fillers(String, String, int)}, looked up by the words' tokens of {@code scorer}. */
  Fills fillers(String left, String right, int maxWords, ContextScorer scorer) {
    long key = codeKey(scorer, scorer.token(left), scorer.token(right), maxWords);
    Fills known = key < 0 ? null : byCodes.get(key);
    if (known == null) {
      known = fillers(left, right, maxWords);
      if (key >= 0) {
        byCodes.put(key, known);
      }
    }
    return known;
  }

  /**
   * {@link #neighbours(String, boolean, int)} of a word whose token of {@code scorer} is {@code
   * token}, looked up by it.
   */
  Fills neighbours(String word, long token, boolean after, int limit, ContextScorer scorer) {
    long key = codeKey(scorer, token, 0, after ? -1 : -2);
    Fills known = key < 0 ? null : byCodes.get(key);
    if (known == null) {
      known = neighbours(word, after, limit);
      if (key >= 0) {
        byCodes.put(key, known);
      }
    }
    return known;
  }

  /**
   * One number for an answer's key ({@link Key}) by the model's codes of its words (distinct words
   * have distinct codes), or -1 when the scorer's tokens are no codes or a code is unknown or too
   * large to pack.
   */
  private static long codeKey(ContextScorer scorer, long left, long right, int kind) {
    if (!scorer.stableTokens() || left < 0 || right < 0 || left >= 1L << 28 || right >= 1L << 28) {
      return -1;
    }
    return left << 32 | right << 4 | (kind + 4);
  }

  /**
   * {@link LanguageModel#followers} ({@code after}) or {@link LanguageModel#predecessors} of a
   * word, at most {@code limit} (the same limit for every call on one cache).
   */
  Fills neighbours(String word, boolean after, int limit) {
    return answers.get(
        new Key(word, null, after ? -1 : -2),
        k -> fills(lm.neighbours(word, after, limit), lm.codes()));
  }

  private static Fills fills(List<LanguageModel.Filler> found, LanguageModel.Codes codes) {
    String[] phrases = new String[found.size()];
    String[][] words = new String[found.size()][];
    long[][] tokens = codes != null ? new long[found.size()][] : null;
    for (int k = 0; k < phrases.length; k++) {
      phrases[k] = found.get(k).phrase();
      words[k] = found.get(k).words().toArray(new String[0]);
      if (tokens != null) {
        tokens[k] = CandidateList.tokens(words[k], codes);
      }
    }
    return new Fills(phrases, words, tokens);
  }
}
