package org.unspin.detect;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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
  private final ConcurrentHashMap<String, List<LanguageModel.Filler>> answers =
      new ConcurrentHashMap<>();

  FillerCache(LanguageModel lm, int limit) {
    this.lm = lm;
    this.limit = limit;
  }

  /** {@link LanguageModel#fillers} of one word on each side, at most the cache's limit. */
  List<LanguageModel.Filler> fillers(String left, String right, int maxWords) {
    String key = left + '\u0000' + maxWords + '\u0000' + right;
    List<LanguageModel.Filler> hit = answers.get(key);
    if (hit != null) {
      return hit;
    }
    List<LanguageModel.Filler> found = lm.fillers(List.of(left), List.of(right), maxWords, limit);
    if (answers.size() >= LIMIT) {
      answers.clear();
    }
    answers.put(key, found);
    return found;
  }
}
