package org.unspin.spin;

/**
 * One swap the spinner made: a phrase of the original and its replacement in the spun text.
 *
 * @param originalStart offset of the phrase in the original text
 * @param originalEnd offset one past its end in the original text
 * @param original the original phrase, {@code original.substring(originalStart, originalEnd)}
 * @param spunStart offset of the replacement in the spun text
 * @param spunEnd offset one past its end in the spun text
 * @param spun the replacement, {@code spunText.substring(spunStart, spunEnd)}
 * @param originalWords how many words of the original the swap changed
 */
public record Substitution(
    int originalStart,
    int originalEnd,
    String original,
    int spunStart,
    int spunEnd,
    String spun,
    int originalWords) {

  public Substitution {
    if (originalStart < 0 || originalEnd < originalStart || spunStart < 0 || spunEnd < spunStart) {
      throw new IllegalArgumentException(
          "bad spans ["
              + originalStart
              + ", "
              + originalEnd
              + ") ["
              + spunStart
              + ", "
              + spunEnd
              + ")");
    }
  }
}
