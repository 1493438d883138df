package org.unspin.detect;

import java.util.List;
import org.unspin.internal.BoundedCache;
import org.unspin.lexicon.LanguageModel;

/**
 * The fill-in search's answers for one-word contexts, remembered per detector: the same contexts
 * ("the _ of", "said _ would") recur in every text, and each search enumerates and counts every
 * filler the model saw there. Bounded (emptied when full); safe for concurrent use. The model must
 * not change while the cache is used.
 */
final class FillerCache {

  private static final int LIMIT = 200_000;

  private final LanguageModel lm;
  private final int limit;
  private final BoundedCache<List<LanguageModel.Filler>> answers = new BoundedCache<>(LIMIT);

  FillerCache(LanguageModel lm, int limit) {
    this.lm = lm;
    this.limit = limit;
  }

  /** {@link LanguageModel#fillers} of one word on each side, at most the cache's limit. */
  List<LanguageModel.Filler> fillers(String left, String right, int maxWords) {
    return answers.get(
        left + '\u0000' + maxWords + '\u0000' + right,
        k -> lm.fillers(List.of(left), List.of(right), maxWords, limit));
  }
}
