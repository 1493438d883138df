package org.unspin.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Takes the farm's wrapper out of a story's paragraphs and records it: ad shortcodes, "Source link"
 * footers, comment forms, widget headings with their headline lists, share bars, promo lines, tag
 * lines and wire credits (a dateline is cut off the story's opening paragraph, the rest kept).
 */
public final class FarmFilter {
  /** A dateline is only looked for in the story's first few paragraphs. */
  private static final int DATELINE_WINDOW = 3;

  private static final int MAX_WIDGET_ITEMS = 30;

  /** Words a line ending with a colon needs to introduce a list of links. */
  private static final int MIN_INTRO_WORDS = 3;

  /** Link lines that must follow such a line for them to be taken as the story's list. */
  private static final int MIN_INTRODUCED_LINKS = 2;

  /** A paragraph with less link text than this share is prose (the extractor's measure too). */
  public static final double MAX_PROSE_LINK_DENSITY = 0.3;

  /** Words a paragraph of prose holds at least. */
  private static final int MIN_PROSE_WORDS = 8;

  /**
   * Link items a list in the story holds at most: a longer run of links (headlines, an index of the
   * site's pages) is a widget even with prose after it.
   */
  private static final int MAX_STORY_LIST = 7;

  /** Wrapper lines (footers, headings, share bars, promos) are never longer than this. */
  private static final int MAX_RULE_LINE = 300;

  /**
   * One paragraph as extraction saw it.
   *
   * @param text the paragraph text
   * @param linkDensity share of the text inside links, 0..1 (0 for plain text)
   * @param listItem whether the text is an item of a list ({@code <li>})
   */
  public record Paragraph(String text, double linkDensity, boolean listItem) {
    /** A paragraph that is not a list item. */
    public Paragraph(String text, double linkDensity) {
      this(text, linkDensity, false);
    }
  }

  private FarmFilter() {}

  /** The story paragraphs of {@code in}, with everything farm-made recorded in {@code findings}. */
  public static List<String> clean(List<Paragraph> in, FarmFindings findings) {
    List<String> out = new ArrayList<>();
    boolean commentTail = false;
    boolean datelineSeen = false;
    boolean listIntro = false;
    int lastProse = lastProse(in);
    int[] runs = listRuns(in);
    boolean labelled = false;
    for (int i = 0; i < in.size(); i++) {
      Paragraph p = in.get(i);
      String text = AdSlots.strip(p.text());
      if (text.isEmpty()) {
        continue;
      }
      // Links after a bare label ("More:", "See also:") are a widget wherever they stand.
      boolean label = labelled;
      labelled = isLinkLine(p) ? labelled : isBareLabel(text);
      // Link lines right after a kept line that ends with a colon are the list it introduces.
      boolean introduced = listIntro;
      listIntro = false;
      if (commentTail) {
        if (text.length() < 200 || FarmRules.COMMENT_FORM_LINE.matcher(text).matches()) {
          continue;
        }
        commentTail = false;
      }
      if (text.length() > MAX_RULE_LINE) {
        // Long prose is never a wrapper line; only wire credits and datelines are looked for.
        datelineSeen = keep(text, out, findings, datelineSeen);
        listIntro = introducesLinks(text, in, i);
        continue;
      }
      if (FarmRules.SOURCE_TEXT.matcher(text).matches()) {
        if (!findings.hasSourceLink()) {
          findings.sourceLink(text, "");
        }
        continue;
      }
      Matcher withUrl = FarmRules.SOURCE_WITH_URL.matcher(text);
      if (withUrl.matches()) {
        findings.sourceLink(
            text.substring(0, withUrl.start(1)).replace(":", "").strip(), withUrl.group(1));
        continue;
      }
      if (FarmRules.COMMENT_HEADING.matcher(text).matches()) {
        findings.commentForm();
        commentTail = true;
        continue;
      }
      String kind = widgetKind(text);
      if (kind != null) {
        StringBuilder items = new StringBuilder(text);
        int j = i + 1;
        for (int n = 0; j < in.size() && n < MAX_WIDGET_ITEMS && isHeadline(in.get(j)); j++, n++) {
          items.append(n == 0 ? ": " : " | ").append(in.get(j).text());
        }
        findings.widget(kind, items.toString());
        i = j - 1;
        continue;
      }
      if (FarmRules.AD_LABEL.matcher(text).matches()) {
        continue;
      }
      if (FarmRules.TAGS_LINE.matcher(text).matches()) {
        findings.widget("tags", text);
        continue;
      }
      if (FarmRules.PROMO_PREFIX.matcher(text).matches()
          && (p.linkDensity() >= 0.3 || isUpperPrefix(text))) {
        findings.widget("related", text);
        continue;
      }
      if (isShareBar(text)) {
        findings.widget("share", text);
        continue;
      }
      boolean linkLine = isLinkLine(p);
      // A list of links with the story's prose still to come is the story's own list (sources,
      // tools, further steps); link lines after the last of its prose are widgets.
      boolean storyList = p.listItem() && i < lastProse && !label && runs[i] <= MAX_STORY_LIST;
      if (linkLine && !introduced && !storyList && !out.isEmpty()) {
        findings.widget("link", text);
        continue;
      }
      datelineSeen = keep(text, out, findings, datelineSeen);
      listIntro = linkLine ? introduced : introducesLinks(text, in, i);
    }
    return out;
  }

  /**
   * Adds a story paragraph without its wire credit and dateline; returns whether a dateline was
   * seen.
   */
  private static boolean keep(
      String text, List<String> out, FarmFindings findings, boolean datelineSeen) {
    String kept = WireCredits.stripCredit(text, findings);
    if (kept == null || kept.isEmpty()) {
      return datelineSeen;
    }
    if (kept.length() <= MAX_RULE_LINE && FarmRules.NOTICE.matcher(kept).find()) {
      return datelineSeen;
    }
    boolean seen = datelineSeen;
    if (!seen && out.size() < DATELINE_WINDOW) {
      String rest = WireCredits.stripDateline(kept, findings);
      seen = !rest.equals(kept);
      kept = rest;
    }
    if (!kept.isEmpty()) {
      out.add(kept);
    }
    return seen;
  }

  /**
   * For each paragraph that is a link line in a list, how many such list items stand together with
   * it (0 for other paragraphs). Linear.
   */
  private static int[] listRuns(List<Paragraph> in) {
    int n = in.size();
    int[] runs = new int[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && in.get(j).listItem() && isLinkLine(in.get(j))) {
        j++;
      }
      for (int k = i; k < j; k++) {
        runs[k] = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    return runs;
  }

  /** A label of a word or two that ends with a colon ("More:", "See also:"). */
  private static boolean isBareLabel(String text) {
    return text.endsWith(":") && words(text) < MIN_INTRO_WORDS;
  }

  /** Index of the last paragraph that is prose (a sentence or more, little link text), or -1. */
  private static int lastProse(List<Paragraph> in) {
    int last = -1;
    for (int i = 0; i < in.size(); i++) {
      Paragraph p = in.get(i);
      if (p.linkDensity() < MAX_PROSE_LINK_DENSITY && words(p.text()) >= MIN_PROSE_WORDS) {
        last = i;
      }
    }
    return last;
  }

  /** A short paragraph that is all link. */
  private static boolean isLinkLine(Paragraph p) {
    return p.linkDensity() >= 0.9 && words(p.text()) <= 12;
  }

  /**
   * Whether a kept line introduces the link lines after it as the story's own list ("Top picks for
   * beginners:"): a sentence of a few words ending with a colon, followed by at least two link
   * lines. A bare label ("More:") or a single link after a colon stays a widget.
   */
  private static boolean introducesLinks(String text, List<Paragraph> in, int i) {
    if (!text.endsWith(":") || words(text) < MIN_INTRO_WORDS) {
      return false;
    }
    int run = 0;
    for (int j = i + 1; j < in.size() && run < MIN_INTRODUCED_LINKS && isLinkLine(in.get(j)); j++) {
      run++;
    }
    return run >= MIN_INTRODUCED_LINKS;
  }

  private static String widgetKind(String text) {
    if (text.length() > 120) {
      return null;
    }
    for (FarmRules.Heading h : FarmRules.WIDGET_HEADINGS) {
      if (h.pattern().matcher(text).matches()) {
        return h.kind();
      }
    }
    return null;
  }

  /** A widget item: a short line that is a link or does not end like a sentence. */
  private static boolean isHeadline(Paragraph p) {
    String t = AdSlots.strip(p.text()).strip();
    if (t.isEmpty() || t.length() > 160 || words(t) > 22) {
      return false;
    }
    if (p.linkDensity() >= 0.5) {
      return true;
    }
    char last = t.charAt(t.length() - 1);
    return ".!?\"”’:;".indexOf(last) < 0;
  }

  private static boolean isUpperPrefix(String text) {
    int colon = text.indexOf(':');
    int end = colon > 0 ? colon : Math.min(text.length(), 12);
    String prefix = text.substring(0, end);
    return prefix.equals(prefix.toUpperCase(Locale.ROOT));
  }

  static boolean isShareBar(String text) {
    if (text.length() > 160) {
      return false;
    }
    boolean marker = false;
    int n = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (!FarmRules.SHARE_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        return false;
      }
      marker |= FarmRules.SHARE_MARKERS.contains(w);
    }
    return marker && n <= 16;
  }

  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean ws = Character.isWhitespace(text.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }
}
