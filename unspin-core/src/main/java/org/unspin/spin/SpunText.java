package org.unspin.spin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A spun text and the truth about it.
 *
 * @param original the text before spinning
 * @param text the spun text
 * @param substitutions the swaps, in text order, not overlapping
 * @param words the number of word tokens of the original
 * @param options the options the text was spun with
 */
public record SpunText(
    String original,
    String text,
    List<Substitution> substitutions,
    int words,
    SpinOptions options) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public SpunText {
    substitutions = List.copyOf(substitutions);
  }

  /** The number of original words the swaps changed. */
  public int changedWords() {
    int sum = 0;
    for (Substitution s : substitutions) {
      sum += s.originalWords();
    }
    return sum;
  }

  /** The share of the original's words the swaps changed, 0..1 (0 for a text without words). */
  public double changedWordRate() {
    return words == 0 ? 0 : (double) changedWords() / words;
  }

  /** The original rebuilt from the spun text by undoing every swap. */
  public String unspun() {
    StringBuilder out = new StringBuilder(original.length());
    int at = 0;
    for (Substitution s : substitutions) {
      out.append(text, at, s.spunStart()).append(s.original());
      at = s.spunEnd();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * The truth as JSON: the options, the word counts and every substitution with its offsets into
   * the original and into the spun text.
   */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("rate", options.rate());
    root.put("seed", options.seed());
    root.put("words", words);
    root.put("changedWords", changedWords());
    root.put("changedWordRate", changedWordRate());
    root.put("substitutions", substitutions);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
