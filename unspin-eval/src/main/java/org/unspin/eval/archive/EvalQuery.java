package org.unspin.eval.archive;

import java.util.List;
import java.util.Set;
import org.unspin.input.Input;

/**
 * One query of the archive evaluation.
 *
 * @param variant how the copy was made
 * @param rate the spin rate asked of the spinner
 * @param golds the archived stories that count as its source (empty when it has none)
 * @param input what the systems are given: the spun text, or the farm page around it
 * @param spunText the spun story itself, the text the truth's offsets refer to
 * @param truth the spinner's substitutions
 */
record EvalQuery(
    Variant variant,
    double rate,
    Set<String> golds,
    Input input,
    String spunText,
    List<CopySpinner.Truth> truth) {

  /** How a query's copy was made. */
  enum Variant {
    /** the whole story, spun */
    FULL,
    /** the first 60% of the story, spun */
    PARTIAL,
    /** the story with paragraphs (or, in short ones, sentences) dropped, spun */
    DROPPED,
    /** the whole story, spun and wrapped in a farm page */
    WRAPPED,
    /** a spun story that is not in the archive */
    ABSENT
  }

  boolean hasSource() {
    return !golds.isEmpty();
  }
}
