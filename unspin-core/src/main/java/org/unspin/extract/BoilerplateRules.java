package org.unspin.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The rules that say which parts of a page are never the story, kept as data: tag names, class/id
 * tokens, ARIA roles and hidden-element markers. Nothing here names a site.
 */
final class BoilerplateRules {

  /** Elements whose whole subtree is never story text. */
  static final Set<String> JUNK_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "nav",
          "aside",
          "head",
          "video",
          "audio",
          "map",
          "dialog",
          "menu",
          "link",
          "meta",
          "title",
          "frameset",
          "frame",
          "noframes",
          "math",
          "datalist",
          "output",
          "progress",
          "meter",
          "picture",
          "source",
          "footer");

  /** Elements that start and end a block of text. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "tbody",
          "thead",
          "tfoot",
          "caption",
          "figure",
          "figcaption",
          "header",
          "footer",
          "form",
          "fieldset",
          "address",
          "center",
          "hr",
          "body",
          "details",
          "summary",
          "aside",
          "nav",
          "br",
          "legend",
          "hgroup",
          "html");

  static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** ARIA roles of page chrome. */
  static final Set<String> JUNK_ROLES =
      Set.of(
          "navigation",
          "banner",
          "complementary",
          "contentinfo",
          "menu",
          "menubar",
          "dialog",
          "alertdialog",
          "search",
          "tablist",
          "toolbar");

  /**
   * Class/id tokens of chrome: menus, sidebars, share bars, comment sections, related-post lists,
   * tickers, newsletters, ads, cookie banners.
   */
  static final Pattern UNLIKELY =
      Pattern.compile(
          "(?:^|[-_ ])(?:ad|ads|adv|advert|advertisement|ad-?slot|banner|breadcrumbs?|combx|comments?"
              + "|commentlist|community|cookie|consent|gdpr|disqus|footer|masthead|menu|navbar|nav"
              + "|navigation|pagination|pager|popup|modal|related|recirc|recommended|remark|replies"
              + "|respond|rss|share|sharing|sharebar|shoutbox|sidebar|skyscraper|social|sponsor"
              + "|sponsored|subscribe|subscription|newsletter|promo|widget|ticker|trending|outbrain"
              + "|taboola|tags|tagcloud|toolbar|signup|paywall|print-only|skip|author-bio|authorbox"
              + "|byline|dateline|timestamp|caption|credit|toc|jump|more-stories|read-more"
              + "|readmore|most-popular|popular|latest|newsfeed|breaking)(?:$|[-_ 0-9])",
          Pattern.CASE_INSENSITIVE);

  /** Class/id tokens of story containers, which protect an element from {@link #UNLIKELY}. */
  static final Pattern LIKELY =
      Pattern.compile(
          "(?:^|[-_ ])(?:article|body|content|entry|main|post|story|text|blog|prose|hentry"
              + "|page-content|articlebody)(?:$|[-_ 0-9])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile(
          "(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  private BoilerplateRules() {}

  /** Whether an element's whole subtree is chrome, judged by tag, role, visibility and class/id. */
  static boolean isJunk(Element el, boolean useClassRules) {
    String tag = el.normalName();
    if (JUNK_TAGS.contains(tag)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
      return false;
    }
    if (el.attributesSize() == 0) {
      return false;
    }
    if (el.hasAttr("hidden")) {
      return true;
    }
    String style = el.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
      return true;
    }
    String role = el.attr("role");
    if (!role.isEmpty() && JUNK_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (!useClassRules || tag.equals("article")) {
      return false;
    }
    String marks = classAndId(el);
    if (marks.isEmpty()) {
      return false;
    }
    return UNLIKELY.matcher(marks).find() && !LIKELY.matcher(marks).find();
  }

  /** The class and id of an element, space-separated. */
  static String classAndId(Element el) {
    String cls = el.attr("class");
    String id = el.id();
    if (id.isEmpty()) {
      return cls;
    }
    return cls.isEmpty() ? id : cls + " " + id;
  }
}
