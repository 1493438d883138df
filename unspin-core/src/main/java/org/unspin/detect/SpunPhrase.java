package org.unspin.detect;

import java.util.List;

/**
 * A phrase a spinner most likely produced, with the wording it most likely replaced.
 *
 * @param start offset of the first character in the analysed text (Java {@code String} index)
 * @param end offset one past the last character
 * @param text the phrase as it stands, equal to {@code text.substring(start, end)}
 * @param restored the most likely original wording
 * @param alternatives other plausible originals, best first, not including {@code restored}
 * @param confidence how sure the detector is that this is a spin, 0..1
 * @param evidence a short human-readable reason
 */
public record SpunPhrase(
    int start,
    int end,
    String text,
    String restored,
    List<String> alternatives,
    double confidence,
    String evidence) {

  public SpunPhrase {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    alternatives = List.copyOf(alternatives);
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
    }
  }
}
