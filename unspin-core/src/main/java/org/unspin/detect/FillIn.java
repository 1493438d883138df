package org.unspin.detect;

import java.util.List;

/**
 * Fill-in-the-blank over n-gram counts: the words and short phrases seen between a left and a right
 * word, ranked by how often they were seen there.
 */
@FunctionalInterface
public interface FillIn {

  /** Nothing ever fits. */
  FillIn NONE = (left, right, maxWords, limit) -> List.of();

  /**
   * Phrases of 1 to {@code maxWords} lower-case words (separated by single spaces) seen after
   * {@code left} and before {@code right}, most frequent first, at most {@code limit}. Either side
   * may be null (a context edge) but not both.
   */
  List<String> between(String left, String right, int maxWords, int limit);
}
