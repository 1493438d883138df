package org.unspin.farm;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The wording of an autoblog's wrapper, kept as data: footers, comment forms, widget headings and
 * share bars. Every rule is about the template, never about a site or a story.
 */
final class FarmRules {

  /** A widget heading and the kind of widget it opens. */
  record Heading(String kind, Pattern pattern) {}

  /** "Source link", "Source", "Original article" — the footer pointing at the copied page. */
  static final Pattern SOURCE_TEXT =
      Pattern.compile(
          "^(?:source(?: link| url)?|original (?:source|article|story|post|link)"
              + "|view (?:the )?original(?: article| post| story)?"
              + "|read (?:the )?(?:original|full) (?:article|story|post)(?: (?:at|on|here)\\b.{0,60})?"
              + "|(?:read more|continue reading|full story)(?: at| on) (?:the )?source)\\s*[:.]?$",
          Pattern.CASE_INSENSITIVE);

  /** "Source link: https://…" in plain text. */
  static final Pattern SOURCE_WITH_URL =
      Pattern.compile(
          "^(?:source(?: link| url)?|original (?:source|article|story|link))\\s*:?\\s*(https?://\\S+)$",
          Pattern.CASE_INSENSITIVE);

  /** The heading of a comment form: "Leave a Reply", "Leave a Reply Cancel reply". */
  static final Pattern COMMENT_HEADING =
      Pattern.compile(
          "^(?:leave a (?:reply|comment|response)|post a comment|add (?:a|your) comment"
              + "|write a comment|leave your (?:comment|reply)|join the (?:discussion|conversation)"
              + "|submit a comment)\\b.{0,40}$",
          Pattern.CASE_INSENSITIVE);

  /** The lines of a comment form. */
  static final Pattern COMMENT_FORM_LINE =
      Pattern.compile(
          "^(?:your email address will not be published.*|required fields are marked.*"
              + "|save my name, email.*|you must be (?:logged|signed) in to post a comment.*"
              + "|notify me of (?:follow-up comments|new posts).*|post comment|submit comment"
              + "|cancel reply|comment\\s*\\*?|name\\s*\\*?|e-?mail\\s*\\*?|website|url"
              + "|this site uses akismet.*|\\d+ comments?|comments?(?: \\(\\d+\\))?)$",
          Pattern.CASE_INSENSITIVE);

  /** Headings that open a widget of headlines. */
  static final List<Heading> WIDGET_HEADINGS =
      List.of(
          new Heading(
              "ticker",
              Pattern.compile(
                  "^(?:latest(?: posts?| news| stories| headlines| updates| articles)?"
                      + "|breaking(?: news)?|just in|news ticker|top (?:stories|news|headlines)"
                      + "|recent (?:posts?|news|articles|stories)|more news|headlines)\\s*:?$",
                  Pattern.CASE_INSENSITIVE)),
          new Heading(
              "related",
              Pattern.compile(
                  "^(?:related(?: posts?| articles?| stories| story| news| content| reading"
                      + "| coverage| links| topics)?|you (?:may|might) (?:also )?(?:like|enjoy)"
                      + "|more (?:stories|articles|news|posts|coverage)(?: (?:from|on|about) .{1,40})?"
                      + "|recommended(?: for you| stories| articles| reading)?|read (?:next|also)"
                      + "|see also|also read|don'?t miss|popular(?: posts| stories| articles)?"
                      + "|most (?:read|popular|viewed|shared)|trending(?: now| stories)?"
                      + "|what to read next|further reading|more from (?:us|our site|the web)"
                      + "|around the web|from the web|sponsored stories)\\s*:?$",
                  Pattern.CASE_INSENSITIVE)),
          new Heading(
              "newsletter",
              Pattern.compile(
                  "^(?:sign up|subscribe)\\b.{0,80}\\b(?:newsletter|updates|e-?mails?|inbox)\\b.{0,40}$",
                  Pattern.CASE_INSENSITIVE)));

  /** Inline promos that syndication leaves in a story: "RELATED: …", "READ MORE: …". */
  static final Pattern PROMO_PREFIX =
      Pattern.compile(
          "^(?:RELATED|READ MORE|SEE ALSO|ALSO READ|READ ALSO|MORE|WATCH|CLICK HERE|PHOTOS?|VIDEO"
              + "|LISTEN|SUBSCRIBE|SIGN UP|Related|Read more|See also|Also read|Read also|Watch"
              + "|Click here)\\s*[:|»›>-]\\s*\\S.{0,200}$");

  /** Tag and category lines. */
  static final Pattern TAGS_LINE =
      Pattern.compile(
          "^(?:tags?|tagged(?: with)?|filed under|categories|category|posted in|topics)\\s*:\\s*.{1,200}$",
          Pattern.CASE_INSENSITIVE);

  /** Ad labels and reading prompts that are never story text. */
  static final Pattern AD_LABEL =
      Pattern.compile(
          "^(?:advertisement|advertising|sponsored(?: content)?|ad|ads|story continues below"
              + "(?: advertisement)?|continue reading(?: the main story| below)?"
              + "|scroll to continue with content|skip (?:to )?(?:ad|advertisement)"
              + "|article continues (?:below|after (?:this )?advertisement)"
              + "|like this:?(?: like loading\\.*)?|loading\\.*|related)\\s*[:.]?$",
          Pattern.CASE_INSENSITIVE);

  /** Words a share bar is made of; a line made only of them is a share bar. */
  static final Set<String> SHARE_WORDS =
      Set.of(
          "share",
          "shares",
          "shared",
          "tweet",
          "facebook",
          "twitter",
          "x",
          "linkedin",
          "pinterest",
          "reddit",
          "whatsapp",
          "email",
          "e-mail",
          "mail",
          "print",
          "telegram",
          "messenger",
          "copy",
          "link",
          "sms",
          "tumblr",
          "pocket",
          "flipboard",
          "more",
          "this",
          "on",
          "via",
          "the",
          "article",
          "story",
          "post",
          "save",
          "pin",
          "it",
          "like",
          "google",
          "comments",
          "comment",
          "url",
          "threads",
          "bluesky",
          "mastodon",
          "vk",
          "line",
          "0");

  /** Words of which a share bar must hold at least one. */
  static final Set<String> SHARE_MARKERS =
      Set.of(
          "share",
          "tweet",
          "facebook",
          "twitter",
          "linkedin",
          "pinterest",
          "reddit",
          "whatsapp",
          "telegram",
          "tumblr",
          "flipboard");

  private FarmRules() {}
}
