package org.unspin.input;

import java.util.Objects;

/**
 * One document handed to unspin, already decoded to text.
 *
 * @param name where it came from (a file name, {@code -} for stdin, a URL)
 * @param kind whether the content is HTML or plain text (sniffed, not trusted from the name)
 * @param bytes the size of the raw input in bytes
 * @param content the decoded content: HTML markup or plain text
 */
public record Input(String name, Kind kind, long bytes, String content) {

  /** What the content is. */
  public enum Kind {
    HTML,
    TEXT
  }

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0: " + bytes);
    }
  }

  /** A plain-text input, for tests and library callers. */
  public static Input ofText(String name, String text) {
    return new Input(name, Kind.TEXT, text.length(), text);
  }

  /** An HTML input, for tests and library callers. */
  public static Input ofHtml(String name, String html) {
    return new Input(name, Kind.HTML, html.length(), html);
  }
}
