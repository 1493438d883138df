package org.unspin.extract;

import java.util.List;

/**
 * The story of a page without its chrome.
 *
 * @param title the headline, or null when none was found
 * @param byline the author line, or null
 * @param date the publication date as written on the page (ISO-8601 when it could be parsed), or
 *     null
 * @param paragraphs the story's paragraphs in reading order, each trimmed and non-empty
 */
public record Article(String title, String byline, String date, List<String> paragraphs) {

  /** Paragraph separator in {@link #text()}. */
  public static final String PARAGRAPH_BREAK = "\n\n";

  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  /** An article with no title and no text. */
  public static Article empty() {
    return new Article(null, null, null, List.of());
  }

  /** The paragraphs joined by blank lines: the text every offset in a report refers to. */
  public String text() {
    return String.join(PARAGRAPH_BREAK, paragraphs);
  }
}
