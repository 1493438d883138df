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

  private static final String[] RAW_TAGS = {
    "iframe", "script", "style", "textarea", "title", "noscript", "xmp", "noembed", "noframes"
  };

  private Markup() {}

  /** A linear pre-check, so that the regular expression only runs on pages that need it. */
  private static boolean hasSelfClosedRaw(String html) {
    for (int i = html.indexOf("/>"); i >= 0; i = html.indexOf("/>", i + 2)) {
      int lt = html.lastIndexOf('<', i);
      if (lt < 0) {
        continue;
      }
      for (String tag : RAW_TAGS) {
        if (html.regionMatches(true, lt + 1, tag, 0, tag.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The markup with self-closed raw-text elements closed properly. */
  static String repair(String html) {
    if (!hasSelfClosedRaw(html)) {
      return html;
    }
    return SELF_CLOSED_RAW.matcher(html).replaceAll("<$1$2></$1>");
  }
}
