package org.unspin.extract;

import java.util.regex.Pattern;

/** Repairs to raw markup that would otherwise hide the rest of a page from the parser. */
final class Markup {
  /**
   * A self-closed raw-text element ({@code <iframe .../>}, {@code <script src=.../>}): HTML ignores
   * the slash, so everything after it would become the element's raw text and vanish.
   */
  private static final Pattern SELF_CLOSED_RAW =
      Pattern.compile(
          "<(iframe|script|style|textarea|title|noscript|xmp|noembed|noframes)\\b([^<>]*?)/>",
          Pattern.CASE_INSENSITIVE);

  private Markup() {}

  /** The markup with self-closed raw-text elements closed properly. */
  static String repair(String html) {
    if (html.indexOf("/>") < 0) {
      return html;
    }
    return SELF_CLOSED_RAW.matcher(html).replaceAll("<$1$2></$1>");
  }
}
