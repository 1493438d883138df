package org.unspin.farm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the farm's wrapper in a page's markup, wherever it sits (often outside the story's
 * container): the "Source link" anchor and its href, comment forms, and widgets marked by their
 * class or id (tickers, related posts, share bars, newsletters, tag lists).
 */
public final class FarmScanner {
  private static final int MAX_ANCHOR_TEXT = 80;
  private static final int MAX_WIDGET_TEXT = 3000;

  /** Class/id words of widgets, by kind. */
  private static final Map<String, Set<String>> WIDGET_WORDS =
      Map.of(
          "ticker",
          Set.of(
              "ticker",
              "newsticker",
              "news-ticker",
              "breaking-news",
              "breakingnews",
              "latest-post",
              "latest-posts",
              "latestposts",
              "latest-news",
              "marquee"),
          "related",
          Set.of(
              "related",
              "relatedposts",
              "related-posts",
              "yarpp",
              "more-stories",
              "recommended",
              "read-next",
              "readnext"),
          "share",
          Set.of(
              "share",
              "sharing",
              "sharedaddy",
              "sharethis",
              "addtoany",
              "social-share",
              "social-buttons",
              "social-icons",
              "share-buttons"),
          "newsletter",
          Set.of("newsletter", "subscribe", "signup"),
          "tags",
          Set.of("tags", "tag-links", "taglinks", "post-tags", "tagcloud"));

  private static final List<String> KINDS =
      List.of("ticker", "related", "share", "newsletter", "tags");

  private static final Pattern COMMENT_FORM_MARK =
      Pattern.compile("comment|respond|reply", Pattern.CASE_INSENSITIVE);

  private FarmScanner() {}

  /** Word stems every widget word contains: a cheap test before the class is cut into words. */
  private static final String[] WIDGET_STEMS = {
    "tick",
    "break",
    "latest",
    "marquee",
    "relat",
    "yarpp",
    "stories",
    "recommend",
    "next",
    "shar",
    "addtoany",
    "social",
    "newsletter",
    "subscribe",
    "signup",
    "tag"
  };

  private static boolean mayNameWidget(String lowerMarks) {
    for (String stem : WIDGET_STEMS) {
      if (lowerMarks.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static String widgetKind(List<String> tokens) {
    for (String kind : KINDS) {
      if (ClassTokens.any(tokens, WIDGET_WORDS.get(kind))) {
        return kind;
      }
    }
    return null;
  }

  /** Records the wrapper found in {@code doc}; never throws on odd markup. */
  public static void scan(Document doc, FarmFindings findings) {
    Element source = null;
    for (Element a : doc.getElementsByTag("a")) {
      if (!a.hasAttr("href")) {
        continue;
      }
      String t = a.text().strip();
      if (!t.isEmpty()
          && t.length() <= MAX_ANCHOR_TEXT
          && FarmRules.SOURCE_TEXT.matcher(t).matches()
          && !a.attr("href").isBlank()) {
        source = a;
      }
    }
    if (source != null) {
      findings.sourceLink(source.text(), source.attr("href"));
    }
    for (Element form : doc.getElementsByTag("form")) {
      String marks = form.className() + " " + form.id() + " " + form.attr("action");
      if (COMMENT_FORM_MARK.matcher(marks).find()) {
        findings.commentForm();
      }
    }
    for (Element ta : doc.getElementsByTag("textarea")) {
      if (COMMENT_FORM_MARK.matcher(ta.attr("name") + " " + ta.id()).find()) {
        findings.commentForm();
      }
    }
    Element body = doc.body();
    if (body != null) {
      NodeTraversor.filter(new WidgetFinder(findings), body);
    }
  }

  /** Records headed widgets and class-marked widgets; skips inside a widget once found. */
  private static final class WidgetFinder implements NodeFilter {
    private final FarmFindings findings;

    WidgetFinder(FarmFindings findings) {
      this.findings = findings;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element el)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = el.normalName();
      if (tag.equals("script") || tag.equals("style") || tag.equals("svg")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
        String t = el.text().strip();
        if (FarmRules.COMMENT_HEADING.matcher(t).matches()) {
          findings.commentForm();
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (el.attributesSize() == 0 || depth == 0) {
        return FilterResult.CONTINUE;
      }
      String marks = el.className() + " " + el.id();
      if (marks.length() < 3) {
        return FilterResult.CONTINUE;
      }
      if (!mayNameWidget(marks.toLowerCase(Locale.ROOT))) {
        return FilterResult.CONTINUE;
      }
      String kind = widgetKind(ClassTokens.of(marks));
      if (kind == null) {
        return FilterResult.CONTINUE;
      }
      String text = el.text().strip();
      if (text.length() > MAX_WIDGET_TEXT) {
        return FilterResult.CONTINUE; // a page wrapper whose class merely mentions a widget
      }
      if (!text.isEmpty()) {
        findings.widget(kind, text);
      }
      return FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      return FilterResult.CONTINUE;
    }
  }
}
