package org.unspin.lexicon;

/**
 * One word token of a text.
 *
 * @param text the token as it stands in the text, equal to {@code text.substring(start, end)}
 * @param start offset of the first character (Java {@code String} index)
 * @param end offset one past the last character
 * @param norm the normalised form counted by language models (see {@link Tokenizer#normalize})
 */
public record Token(String text, int start, int end, String norm) {

  public Token {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean capitalized() {
    return Character.isUpperCase(text.codePointAt(0));
  }
}
