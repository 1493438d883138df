package org.unspin.eval.archive;

import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.nodes.Entities;

/**
 * Wraps a story the way content farms do: a "Latest Post" ticker of other headlines, ad shortcodes
 * between paragraphs, a "Source link" footer, share buttons and a comment form. The wrapper is
 * generic farm furniture, not any one site's.
 */
final class FarmWrapper {
  private FarmWrapper() {}

  /** An HTML page around {@code paragraphs}, with {@code headlines} in its ticker. */
  static String wrap(String title, List<String> paragraphs, List<String> headlines, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(esc(title == null ? "News" : title))
        .append(" - Daily News Wire</title></head><body>");
    sb.append("<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>")
        .append(" <a href=\"/business\">Business</a></nav>");
    sb.append("<div class=\"ticker\"><span>Latest Post</span><ul>");
    for (String h : headlines) {
      sb.append("<li><a href=\"/p/").append(r.nextInt(100_000)).append("\">");
      sb.append(esc(h)).append("</a></li>");
    }
    sb.append("</ul></div></header><main><article>");
    if (title != null) {
      sb.append("<h1 class=\"entry-title\">").append(esc(title)).append("</h1>");
    }
    sb.append("<div class=\"entry-content\"><p>[ad_1]</p>");
    for (int i = 0; i < paragraphs.size(); i++) {
      sb.append("<p>").append(esc(paragraphs.get(i))).append("</p>");
      if (i == paragraphs.size() / 2 && paragraphs.size() > 2) {
        sb.append("<div class=\"ad\">[ad_2]</div>");
      }
    }
    sb.append("<div class=\"ad\">[ad_2]</div><a href=\"https://wire.example/story/")
        .append(r.nextInt(1_000_000))
        .append("\">Source link</a></div>");
    sb.append("<div class=\"share\"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div>");
    sb.append("</article><section id=\"respond\"><h3>Leave a Reply</h3>")
        .append("<form><label>Comment</label><textarea></textarea><label>Name *</label>")
        .append("<input name=\"author\"><input type=\"submit\" value=\"Post Comment\"></form>")
        .append("</section></main><footer>Copyright 2024 Daily News Wire. All rights reserved.")
        .append("</footer></body></html>");
    return sb.toString();
  }

  private static String esc(String s) {
    return Entities.escape(s);
  }
}
