package org.unspin.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.unspin.farm.ClassTokens;

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
          "label",
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

  /** Class/id words of comment sections: always chrome, whatever else the class says. */
  static final Set<String> COMMENTS =
      Set.of(
          "comment",
          "comments",
          "commentlist",
          "comment-list",
          "disqus",
          "respond",
          "replies",
          "reply-form",
          "comment-form",
          "commentform");

  /**
   * Class/id words of boxes beside the story that sit inside its container and share its class
   * words (a post's author box is often classed {@code entry-author} or {@code blog-author-box}, a
   * disclaimer {@code post-disclaimer}): the story's class words do not lower their bar.
   */
  static final Set<String> BESIDE_STORY = Set.of("author", "authors", "disclaimer", "disclaimers");

  /**
   * Class/id words of chrome: menus, sidebars, share bars, related-post lists, newsletters, cookie
   * banners, footers. An element so marked is dropped unless it holds a story's worth of prose.
   */
  static final Set<String> UNLIKELY =
      Set.of(
          "advert",
          "cta",
          "advertisement",
          "ad-slot",
          "adslot",
          "ads",
          "breadcrumb",
          "breadcrumbs",
          "combx",
          "community",
          "cookie",
          "consent",
          "gdpr",
          "footer",
          "menu",
          "navbar",
          "nav",
          "navigation",
          "pagination",
          "pager",
          "popup",
          "modal",
          "related",
          "recirc",
          "recommended",
          "remark",
          "rss",
          "share",
          "sharing",
          "sharebar",
          "shoutbox",
          "sidebar",
          "skyscraper",
          "social",
          "sponsor",
          "sponsored",
          "subscribe",
          "subscription",
          "newsletter",
          "outbrain",
          "taboola",
          "tags",
          "tagcloud",
          "toolbar",
          "signup",
          "paywall",
          "print-only",
          "author-bio",
          "authorbox",
          "more-stories",
          "read-more",
          "readmore",
          "most-popular",
          "toc",
          "login",
          "search",
          "bio",
          "author-info",
          "about-author",
          "author-box");

  /**
   * Weaker class/id words (bylines, captions, banners, tickers): dropped unless they hold a few
   * paragraphs of prose, since sites also use them on story containers.
   */
  static final Set<String> WEAK =
      Set.of(
          "ad",
          "adv",
          "banner",
          "masthead",
          "promo",
          "ticker",
          "trending",
          "popular",
          "latest",
          "newsfeed",
          "breaking",
          "byline",
          "dateline",
          "timestamp",
          "caption",
          "credit",
          "header",
          "meta",
          "hidden",
          "extra",
          "supplemental",
          "aside",
          "teaser",
          "card");

  /**
   * Weak class/id words that say what a line is (a byline, a date, a caption) or that it is hidden:
   * they still count on a heading. The other weak words say what kind of box an element is (a
   * header, a card, an extra), and a heading classed so ({@code section-header}, {@code
   * card-title}) titles the box's text.
   */
  static final Set<String> LINE_MARKS =
      Set.of("byline", "dateline", "timestamp", "credit", "caption", "meta", "hidden");

  /** Class/id words of story containers, which raise the bar for dropping an element. */
  static final Set<String> LIKELY =
      Set.of(
          "article",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "blog",
          "prose",
          "hentry",
          "page-content",
          "articlebody");

  /** Class/id of a story body as content systems name it: article-body, post-content, … */
  static final Pattern STORY_BODY =
      Pattern.compile(
          "(?:article|story|post|entry|blog)[-_]*(?:body|content|text)(?:$|[-_ ])",
          Pattern.CASE_INSENSITIVE);

  /** Verdict for an element that is not plainly chrome: keep it whatever it holds. */
  static final double KEEP = 0;

  /** Verdict: drop the element's whole subtree now. */
  static final double DROP = Double.POSITIVE_INFINITY;

  /** Prose score an element marked {@link #UNLIKELY} must reach to be kept. */
  static final double UNLIKELY_BAR = 1000;

  /** Characters an aside needs to be a callout rather than a pull quote or a story's title. */
  private static final int CALLOUT_MIN_CHARS = 200;

  /** Characters from a callout's start that a pull quote repeats from the story. */
  private static final int PULL_QUOTE_KEY_CHARS = 40;

  /** How many characters of the text beside an aside are searched for the line it repeats. */
  private static final int PULL_QUOTE_REACH = 20_000;

  /** Share of a callout's text that may be link text. */
  private static final double CALLOUT_LINK_SHARE = 0.05;

  /** Prose score an element marked {@link #WEAK} (or unlikely but also likely) must reach. */
  static final double WEAK_BAR = 300;

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile(
          "(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  private BoilerplateRules() {}

  /**
   * How much prose an element must hold to be kept: {@link #KEEP} (keep it), {@link #DROP} (drop
   * its subtree now) or a score its subtree must reach, judged once it has been read.
   */
  static double bar(Element el, boolean useClassRules) {
    String tag = el.normalName();
    if (JUNK_TAGS.contains(tag) && !isCallout(el)) {
      return DROP;
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
      return KEEP;
    }
    if (tag.equals("form")) {
      // Contact and sign-up forms hold labels and a line of prose; some sites wrap the whole
      // page in one form, which holds far more.
      return useClassRules ? WEAK_BAR : KEEP;
    }
    if (el.attributesSize() == 0) {
      return KEEP;
    }
    // Hidden elements are mostly menus and modals, but streaming renderers and tabs also park the
    // story in one until a script shows it: keep a hidden element that holds a story's worth.
    String style = el.attr("style");
    if (el.hasAttr("hidden") || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
      return isPanel(el) ? WEAK_BAR : UNLIKELY_BAR;
    }
    String role = el.attr("role");
    if (!role.isEmpty() && JUNK_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      // A tab list holds tab labels, but templates also put the tab panels (a transcript, the
      // story's sections) inside it: judge it by the prose it holds.
      return role.equalsIgnoreCase("tablist") ? UNLIKELY_BAR : DROP;
    }
    if (!useClassRules || tag.equals("article")) {
      return KEEP;
    }
    String marks = classAndId(el);
    if (marks.isEmpty()) {
      return KEEP;
    }
    List<String> tokens = ClassTokens.of(marks);
    if (ClassTokens.any(tokens, COMMENTS)) {
      return DROP;
    }
    boolean heading = HEADING_TAGS.contains(tag);
    if (heading && !el.id().isEmpty()) {
      // A heading's id is the slug of its own text ("how-to-share-a-screen"): only its class
      // speaks.
      tokens = ClassTokens.of(el.attr("class"));
    }
    if (ClassTokens.any(tokens, BESIDE_STORY)) {
      return UNLIKELY_BAR;
    }
    if (ClassTokens.any(tokens, UNLIKELY) && !isListedHeading(tag, tokens)) {
      return ClassTokens.any(tokens, LIKELY) || onlyToc(tokens) ? WEAK_BAR : UNLIKELY_BAR;
    }
    if (ClassTokens.any(tokens, WEAK) && !onlyClippedOrLabelHidden(tokens)) {
      // A heading scores no prose, so a bar would always drop it.
      if (heading && !ClassTokens.any(tokens, LINE_MARKS)) {
        return KEEP;
      }
      return WEAK_BAR;
    }
    return KEEP;
  }

  /**
   * Whether an {@code <aside>} is a callout inside the running story (a pull quote, a boxed tip, a
   * note beside a paragraph): it stands between a paragraph and the next paragraph or heading and
   * is hardly links. A related-story box in the same place is mostly its link.
   */
  private static boolean isCallout(Element el) {
    if (!el.normalName().equals("aside")) {
      return false;
    }
    Element before = el.previousElementSibling();
    Element after = el.nextElementSibling();
    if (before == null
        || after == null
        || !before.normalName().equals("p")
        || !after.normalName().equals("p") && !HEADING_TAGS.contains(after.normalName())) {
      return false;
    }
    String text = el.text();
    if (text.length() < CALLOUT_MIN_CHARS || isRepeated(text, el)) {
      // A pull quote repeats a line of the story; a related-story box is a title.
      return false;
    }
    int linked = 0;
    for (Element a : el.getElementsByTag("a")) {
      linked += a.text().length();
    }
    return linked <= CALLOUT_LINK_SHARE * text.length();
  }

  /**
   * Whether the start of an aside's {@code text} occurs in the text beside it (a pull quote repeats
   * a line of the story near it). Only {@link #PULL_QUOTE_REACH} characters of siblings are read on
   * each side, so a page of many asides is not read once per aside.
   */
  private static boolean isRepeated(String text, Element aside) {
    String key = text.substring(0, Math.min(text.length(), PULL_QUOTE_KEY_CHARS));
    return occursBeside(key, aside, true) || occursBeside(key, aside, false);
  }

  private static boolean occursBeside(String key, Element aside, boolean before) {
    int read = 0;
    Element e = before ? aside.previousElementSibling() : aside.nextElementSibling();
    while (e != null && read < PULL_QUOTE_REACH) {
      String t = e.text();
      if (t.contains(key)) {
        return true;
      }
      read += t.length();
      e = before ? e.previousElementSibling() : e.nextElementSibling();
    }
    return false;
  }

  /**
   * A heading marked {@code toc} is one the table of contents lists (a plugin's marker), not the
   * table of contents itself, which is a list.
   */
  private static boolean isListedHeading(String tag, List<String> tokens) {
    return HEADING_TAGS.contains(tag) && onlyToc(tokens);
  }

  /**
   * Whether {@code toc} is the only unlikely word of an element's class and id: a table of contents
   * is a list of links, which scores little prose, while the sections it links to (a box with an id
   * like {@code toc_how-it-works}) hold the story's paragraphs.
   */
  private static boolean onlyToc(List<String> tokens) {
    if (!tokens.contains("toc")) {
      return false;
    }
    for (String t : tokens) {
      if (!t.equals("toc") && UNLIKELY.contains(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a hidden element is a collapsed panel (an accordion's or a tab's body, labelled by its
   * header): its text is the story's, shown on a click.
   */
  private static boolean isPanel(Element el) {
    String role = el.attr("role");
    return el.hasAttr("aria-labelledby")
        || role.equalsIgnoreCase("region")
        || role.equalsIgnoreCase("tabpanel");
  }

  /**
   * Whether the only weak word among {@code tokens} is a {@code hidden} that says the element's
   * label is hidden ({@code field--label-hidden}, the content systems' field wrapper) or that its
   * overflow is clipped ({@code overflow-hidden}, a style utility): the element itself shows.
   */
  private static boolean onlyClippedOrLabelHidden(List<String> tokens) {
    int hidden = 0;
    int parts = 0;
    for (String t : tokens) {
      if (t.equals("hidden")) {
        hidden++;
      } else if (t.equals("label-hidden") || t.equals("overflow-hidden")) {
        parts++;
      } else if (WEAK.contains(t)) {
        return false;
      }
    }
    return hidden > 0 && hidden == parts;
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
