package org.unspin.detect;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.unspin.internal.BoundedCache;
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
   * @param signatures each phrase's signature for a neighbour's followers and predecessors ({@link
   *     #signature}), null for blanks
   */
  record Fills(
      String[] phrases,
      String[][] words,
      long[][] tokens,
      AtomicReferenceArray<Relatedness.Signature> signatures) {}

  private final LanguageModel lm;
  private final int limit;
  private final Function<String, Relatedness.Signature> signature;
  private final BoundedCache<Fills> answers = new BoundedCache<>(LIMIT);

  /**
   * A cache of fill-in answers and of neighbours' followers and predecessors, each of those with
   * its {@code signature}.
   */
  FillerCache(LanguageModel lm, int limit, Function<String, Relatedness.Signature> signature) {
    this.lm = lm;
    this.limit = limit;
    this.signature = signature;
  }

  /** {@link LanguageModel#fillers} of one word on each side, at most the cache's limit. */
  Fills fillers(String left, String right, int maxWords) {
    return answers.get(
        left + '\u0000' + maxWords + '\u0000' + right,
        k -> fills(lm.fillers(List.of(left), List.of(right), maxWords, limit), lm.codes(), false));
  }

  /**
   * {@link LanguageModel#followers} ({@code after}) or {@link LanguageModel#predecessors} of a
   * word, at most {@code limit} (the same limit for every call on one cache).
   */
  Fills neighbours(String word, boolean after, int limit) {
    return answers.get(
        (after ? "\u0001" : "\u0002") + word,
        k -> fills(lm.neighbours(word, after, limit), lm.codes(), true));
  }

  /**
   * The signature of phrase {@code k} of a neighbour's followers or predecessors ({@link
   * Relatedness#signature}), worked out when first asked and kept with the list (which recurs from
   * span to span).
   */
  Relatedness.Signature signature(Fills near, int k) {
    Relatedness.Signature known = near.signatures().get(k);
    if (known == null) {
      known = signature.apply(near.phrases()[k]);
      near.signatures().set(k, known);
    }
    return known;
  }

  private static Fills fills(
      List<LanguageModel.Filler> found, LanguageModel.Codes codes, boolean signed) {
    String[] phrases = new String[found.size()];
    String[][] words = new String[found.size()][];
    long[][] tokens = codes != null ? new long[found.size()][] : null;
    AtomicReferenceArray<Relatedness.Signature> signatures =
        signed ? new AtomicReferenceArray<>(found.size()) : null;
    for (int k = 0; k < phrases.length; k++) {
      phrases[k] = found.get(k).phrase();
      words[k] = found.get(k).words().toArray(new String[0]);
      if (tokens != null) {
        tokens[k] = CandidateList.tokens(words[k], codes);
      }
    }
    return new Fills(phrases, words, tokens, signatures);
  }
}
