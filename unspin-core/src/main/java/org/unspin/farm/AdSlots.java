package org.unspin.farm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ad shortcodes that autoblog plugins leave in the copy: {@code [ad_1]}, {@code [ad_2]}, … */
public final class AdSlots {
  private static final Pattern MARKER =
      Pattern.compile("\\[\\s*ad_\\d{1,4}\\s*\\]", Pattern.CASE_INSENSITIVE);

  private AdSlots() {}

  /** Records every shortcode in {@code text}, in order. */
  public static void collect(String text, FarmFindings findings) {
    if (text.indexOf('[') < 0) {
      return;
    }
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      findings.adSlot(m.group().replaceAll("\\s+", ""));
    }
  }

  /** {@code text} without its shortcodes, whitespace tidied. */
  public static String strip(String text) {
    if (text.indexOf('[') < 0) {
      return text;
    }
    return MARKER.matcher(text).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
  }
}
