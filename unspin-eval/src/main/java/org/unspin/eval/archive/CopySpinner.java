package org.unspin.eval.archive;

import java.util.List;

/** Spins a text at a given rate and says exactly what it changed (the evaluation's truth). */
@FunctionalInterface
public interface CopySpinner {

  /** {@code text} with about {@code rate} of its words spun, reproducibly for {@code seed}. */
  Spun spin(String text, double rate, long seed);

  /**
   * A spun text and its substitutions.
   *
   * @param text the spun text
   * @param truth every substitution, offsets into {@code text}
   */
  record Spun(String text, List<Truth> truth) {
    public Spun {
      truth = List.copyOf(truth);
    }
  }

  /**
   * One substitution the spinner made.
   *
   * @param start start of the spun wording in the spun text
   * @param end end of the spun wording
   * @param original the wording it replaced
   */
  record Truth(int start, int end, String original) {}
}
