package org.unspin.detect;

import java.util.List;

/**
 * The spin detector's findings on one text.
 *
 * @param verdict the document verdict
 * @param score how likely the text is spun, 0..1
 * @param changedWordRate share of the text's words inside flagged phrases, 0..1
 * @param phrases the flagged phrases, ordered by offset and not overlapping
 */
public record SpinAnalysis(
    Verdict verdict, double score, double changedWordRate, List<SpunPhrase> phrases) {

  /** The document verdict. */
  public enum Verdict {
    SPUN,
    CLEAN,
    UNCERTAIN
  }

  public SpinAnalysis {
    phrases = List.copyOf(phrases);
  }

  /** The analysis of a text with nothing to analyse. */
  public static SpinAnalysis nothing() {
    return new SpinAnalysis(Verdict.UNCERTAIN, 0, 0, List.of());
  }

  /** {@code text} with every flagged phrase replaced by its restored wording. */
  public String restore(String text) {
    return restore(text, phrases);
  }

  /**
   * {@code text} with each phrase (ordered, not overlapping, offsets into {@code text}) replaced by
   * its restored wording.
   */
  public static String restore(String text, List<SpunPhrase> phrases) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (SpunPhrase p : phrases) {
      out.append(text, at, p.start()).append(p.restored());
      at = p.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
