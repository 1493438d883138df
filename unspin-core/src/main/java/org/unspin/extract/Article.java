package org.unspin.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

  /**
   * The paragraphs of plain text: blocks separated by blank lines, white space collapsed, empty
   * blocks dropped.
   */
  public static List<String> paragraphsOf(String text) {
    List<String> out = new ArrayList<>();
    for (String block : BLANK_LINE.split(text)) {
      String t = WHITESPACE.matcher(block).replaceAll(" ").strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** An article with no title and no text. */
  public static Article empty() {
    return new Article(null, null, null, List.of());
  }

  /** The paragraphs joined by blank lines: the text every offset in a report refers to. */
  public String text() {
    return String.join(PARAGRAPH_BREAK, paragraphs);
  }
}
