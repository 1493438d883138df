package org.unspin.spin;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Entities;

/**
 * Wraps a story in a page the way content farms publish scraped copy: a "Latest Post" ticker of
 * unrelated headlines, the title, {@code [ad_1]}, the story, {@code [ad_2]}, a "Source link", a
 * related-posts widget and a "Leave a Reply" comment form.
 */
public final class FarmPage {

  /** The link used when no source URL is given. */
  public static final String PLACEHOLDER_SOURCE = "https://example.com/source-story";

  // invented filler headlines for the ticker and the related posts
  private static final List<String> HEADLINES =
      List.of(
          "Local council approves budget for new bridge",
          "Five tips to keep your garden green this summer",
          "Markets close mixed as investors await rate decision",
          "City marathon draws record number of runners",
          "New smartphone model goes on sale next week",
          "Storm warning issued for coastal areas",
          "Study links daily walks to better sleep",
          "Airline adds routes to three holiday destinations",
          "Museum reopens after two-year renovation",
          "Football club names new head coach");

  private FarmPage() {}

  /**
   * The farm page for a story.
   *
   * @param story the (spun) story: a title paragraph when short and without a final stop, then
   *     paragraphs separated by blank lines
   * @param sourceUrl where the "Source link" points, or null for {@link #PLACEHOLDER_SOURCE}
   * @param seed picks the ticker's headlines
   */
  public static String wrap(String story, String sourceUrl, long seed) {
    List<String> paragraphs = paragraphs(story);
    String title = "Latest news";
    if (!paragraphs.isEmpty() && looksLikeTitle(paragraphs.get(0))) {
      title = paragraphs.remove(0);
    }
    Random random = new Random(seed);
    List<String> headlines = new ArrayList<>(HEADLINES);
    java.util.Collections.shuffle(headlines, random);
    StringBuilder html = new StringBuilder(story.length() * 2 + 2048);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(esc(title))
        .append(" - Daily News Hub</title>\n</head>\n<body class=\"post-template\">\n")
        .append("<header class=\"site-header\">\n<div class=\"site-title\"><a href=\"/\">")
        .append("Daily News Hub</a></div>\n<nav class=\"main-menu\"><ul><li><a href=\"/\">Home")
        .append("</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/business\">")
        .append("Business</a></li><li><a href=\"/tech\">Tech</a></li></ul></nav>\n")
        .append("<div class=\"breaking-news-ticker\"><span class=\"ticker-title\">Latest Post")
        .append("</span><ul>\n");
    links(html, headlines.subList(0, 5));
    html.append("</ul></div>\n</header>\n<main id=\"main\">\n<article class=\"post\">\n")
        .append("<h1 class=\"entry-title\">")
        .append(esc(title))
        .append("</h1>\n<div class=\"entry-meta\">By <span class=\"author\">admin</span></div>\n")
        .append("<div class=\"entry-content\">\n<p>[ad_1]<br></p>\n");
    for (String p : paragraphs) {
      html.append("<p>").append(esc(p)).append("</p>\n");
    }
    String href = sourceUrl == null || sourceUrl.isBlank() ? PLACEHOLDER_SOURCE : sourceUrl;
    html.append("<p>[ad_2]<br></p>\n<p><a href=\"")
        .append(esc(href))
        .append("\">Source link</a></p>\n</div>\n</article>\n")
        .append("<div class=\"related-posts\"><h3>Related Posts</h3><ul>\n");
    links(html, headlines.subList(5, 8));
    html.append("</ul></div>\n<div id=\"respond\" class=\"comment-respond\">\n")
        .append("<h3 id=\"reply-title\">Leave a Reply</h3>\n<form id=\"commentform\" ")
        .append("action=\"/wp-comments-post.php\" method=\"post\">\n")
        .append("<p>Your email address will not be published.</p>\n")
        .append("<textarea name=\"comment\"></textarea>\n<input name=\"author\" type=\"text\">\n")
        .append("<input name=\"email\" type=\"email\">\n")
        .append("<input type=\"submit\" value=\"Post Comment\">\n</form>\n</div>\n</main>\n")
        .append("<footer class=\"site-footer\">Copyright Daily News Hub. All rights reserved.")
        .append("</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  /** Paragraphs separated by blank lines (or by line breaks when there are no blank lines). */
  static List<String> paragraphs(String story) {
    String normalized = story.replace("\r\n", "\n").replace('\r', '\n');
    String separator = normalized.contains("\n\n") ? "\\n\\s*\\n" : "\\n";
    List<String> out = new ArrayList<>();
    for (String p : normalized.split(separator)) {
      String flat = p.strip().replaceAll("\\s+", " ");
      if (!flat.isEmpty()) {
        out.add(flat);
      }
    }
    return out;
  }

  private static boolean looksLikeTitle(String paragraph) {
    char last = paragraph.charAt(paragraph.length() - 1);
    return paragraph.split(" ").length <= 20 && last != '.' && last != '"' && last != '\u201d';
  }

  private static void links(StringBuilder html, List<String> headlines) {
    for (String h : headlines) {
      html.append("<li><a href=\"/").append(slug(h)).append("/\">").append(esc(h));
      html.append("</a></li>\n");
    }
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }

  private static String slug(String headline) {
    return headline.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
