package org.unspin.eval.spin;

import java.util.List;

/**
 * A spun text and the truth about it.
 *
 * @param text the spun text
 * @param substitutions what was replaced, ordered by offset, not overlapping
 */
public record SpunStory(String text, List<Substitution> substitutions) {

  public SpunStory {
    substitutions = List.copyOf(substitutions);
  }

  /**
   * One replacement.
   *
   * @param start offset of the replacement in the spun text
   * @param end offset one past its end
   * @param original the wording it replaced
   */
  public record Substitution(int start, int end, String original) {}
}
