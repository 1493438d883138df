package org.unspin.archive;

import java.util.List;

/**
 * The archived original a copy was made from.
 *
 * @param id the archive's id of the original
 * @param url the original's address, or null
 * @param title the original's title, or null
 * @param score the verification score, 0..1
 * @param coverage share of the copy's words aligned to the source, 0..1
 * @param changedWordRate share of the copy's words that differ from the source, 0..1
 * @param substitutions every place the copy's wording differs from the source's
 */
public record SourceMatch(
    String id,
    String url,
    String title,
    double score,
    double coverage,
    double changedWordRate,
    List<Substitution> substitutions) {

  public SourceMatch {
    substitutions = List.copyOf(substitutions);
  }

  /**
   * {@code copyText} (the text the substitutions' copy offsets refer to) with every substitution
   * replaced by the source's wording.
   */
  public String restore(String copyText) {
    StringBuilder sb = new StringBuilder(copyText.length());
    int at = 0;
    for (Substitution s : substitutions) {
      if (s.copyStart() < at || s.copyEnd() > copyText.length()) {
        continue;
      }
      sb.append(copyText, at, s.copyStart());
      if (s.copyStart() == s.copyEnd() && !s.sourceText().isEmpty()) {
        sb.append(' ');
      }
      if (s.sourceText().isEmpty() && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
        sb.setLength(sb.length() - 1);
      }
      sb.append(s.sourceText());
      at = s.copyEnd();
    }
    return sb.append(copyText, at, copyText.length()).toString();
  }

  /** One substituted span: offsets into the copy's article text and into the source text. */
  public record Substitution(
      int copyStart,
      int copyEnd,
      String copyText,
      int sourceStart,
      int sourceEnd,
      String sourceText) {}
}
