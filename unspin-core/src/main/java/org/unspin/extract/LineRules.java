package org.unspin.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.unspin.farm.FarmFilter;

/**
 * Lines inside a story's container that are not story: bare URLs and timestamps, keyword lists,
 * photo credits and captions, and the calls to action (follow us, sign up, contact the writer) that
 * close many articles. Kept as data; nothing here names a site.
 */
final class LineRules {
  private static final int MAX_LINE = 350;

  private static final int MAX_DATE_LINE = 60;

  /** Quoted keys a line needs to be taken for JSON. */
  private static final int MIN_JSON_KEYS = 3;

  private static final Pattern BARE_URL = Pattern.compile("^(?:https?://|www\\.)\\S+$");

  private static final Pattern BARE_TIMESTAMP =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$");

  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  /**
   * A date standing alone, perhaps labelled and followed by a time or a reading time: "Dec 17,
   * 2025", "Published on 2 May 2024 07:44 PM", "Updated: 10/31/2024 | 5 min read". A story's header
   * and its teasers carry them; a story's sentences do not stop at one.
   */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?:published|updated|posted|last updated|modified)(?: on)?:?\\s*)?"
              + "(?:"
              + MONTH
              + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+"
              + MONTH
              + "\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})[^.]{0,30}$",
          Pattern.CASE_INSENSITIVE);

  /** "About the author", "About Acme Corp": the boilerplate section that closes a release. */
  private static final Pattern ABOUT_HEADING =
      Pattern.compile(
          "^(?:About (?:[\\p{Lu}\\d][\\w&.'’-]*(?: [\\p{Lu}\\d&][\\w&.'’-]*){0,4})"
              + "|(?i:about (?:the )?(?:authors?|us|reviewers?|editors?|writers?|contributors?)))$");

  /**
   * Headings of what follows a story: related and recommended reading, the next story. Everything
   * from such a heading on is dropped when it stands in the story's second half.
   */
  private static final Pattern ONWARD_HEADING =
      Pattern.compile(
          "^(?:related(?: (?:posts?|articles?|stories|reading|content|news|links|topics))?"
              + "|read (?:this )?next|(?:what|what's|whats) to read next|up next"
              + "|you (?:may|might) also (?:like|enjoy)|also read|more (?:stories|articles|news|reading)"
              + "|explore more|recent (?:posts|articles|stories)|recommended(?: (?:for you|reading))?"
              + "|(?:most )?popular (?:posts|articles|stories)|latest (?:posts|articles|stories|news)"
              + "|keep reading|further reading|more from [\\p{L}\\d .'’&-]{1,40})$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Longer titles of the same lists: "More Articles You Might Enjoy", "Other posts you may like",
   * "You may be interested in the following topics as well:", "Explore more guides on …".
   */
  private static final Pattern ONWARD_TITLE =
      Pattern.compile(
          "(?:you (?:may|might) (?:also )?(?:like|love|enjoy|be interested)"
              + "|^(?:more|other)\\b.*\\b(?:posts|articles|guides|stories)\\s*:?$"
              + "|^explore more\\b)",
          Pattern.CASE_INSENSITIVE);

  /** A title's length at most: the titles of onward lists are short. */
  private static final int MAX_TITLE = 90;

  /**
   * The author's box after a story: "Written by …", "Jane Doe is a freelance writer who …", "(Jo
   * Roe is an Associate Professor of …)".
   */
  private static final Pattern CLOSING_NOTE =
      Pattern.compile(
          "^(?:(?:Written|Reviewed|Edited|Fact[- ]checked) by:?\\s.{0,60}$"
              + "|\\(?\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,2},? (?:\\([^)]{0,40}\\),? )?"
              + "(?:is|was|has been|serves as) (?:a|an|the|our|currently)\\b.{0,60}\\b"
              + "(?i:writer|editor|journalist|author|reporter|blogger|freelancer|editor-in-chief"
              + "|co-founder|founder|director|professor|attorney|lawyer|physician|faculty|cto|ceo"
              + "|president|analyst|consultant|researcher|scientist)\\b)");

  /** A caption's credit at the end of a line: "(Photo: …)", "Credit: …", "[+]". */
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "(?:\\((?:photo|image|picture|pictured|credit|courtesy|source: getty)[^()]{0,120}\\)"
              + "|\\b(?:photo|image|picture|credit|courtesy)s?(?: by)?:\\s*[^.]{1,80}"
              + "|\\[\\+\\])\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** A link's label standing alone: "Read more", "Learn more »", "View all", "Loading…". */
  private static final Pattern BARE_LABEL =
      Pattern.compile(
          "^(?:(?:read|learn|see|view|find out|discover) (?:more|all|details)"
              + "|loading(?: (?:paragraph|image|content|comments))?)"
              + "\\s*(?:»|›|→|\\.\\.\\.|…|!|\\.)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Calls to action that close articles: follow, subscribe, write to us, donate, pin this, and the
   * affiliate notice and the like button left under a post.
   */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "\\b(?:follow (?:us|him|her|me|them)\\b|sign up\\b|subscribe\\b|newsletter\\b"
              + "|click here\\b|delivered (?:to|through) your|have a tip\\b|may be reached at"
              + "|can be reached at|email (?:us|him|her)\\b|join (?:us|our)\\b"
              + "|donat(?:e|ions?)\\b|patreon\\b|pinterest\\b|pin it\\b|affiliate\\b|like loading"
              + "|if you (?:liked|enjoyed) this\\b"
              + "|\\S+@\\S+\\.[a-z]{2,})",
          Pattern.CASE_INSENSITIVE);

  /**
   * A rule drawn in text: three or more dashes, hashes, equals signs, tildes or asterisks (spaced
   * or not). Press releases end with "###", posts close the story with a row of dashes or stars
   * before the sign-off, the show notes or the sources.
   */
  private static final Pattern TEXT_RULE = Pattern.compile("^(?:[-–—#=~*]\\s*){3,}$");

  /** A dinkus ("* * *"): the break between a story's scenes, not its end. */
  private static final Pattern DINKUS = Pattern.compile("^\\*(?:\\s+\\*){2,}$");

  private LineRules() {}

  /** Whether a line is never story text wherever it stands. */
  static boolean isNoise(String text) {
    if (text.length() > MAX_LINE) {
      return false;
    }
    if (BARE_URL.matcher(text).matches()
        || BARE_TIMESTAMP.matcher(text).matches()
        || BARE_LABEL.matcher(text).matches()) {
      return true;
    }
    if (isKeywordList(text)) {
      return true;
    }
    return CAPTION_CREDIT.matcher(text).find();
  }

  /**
   * Whether a line is a date standing alone (a story's dateline, a teaser's date). Not for table
   * cells, where a date is data.
   */
  static boolean isDateLine(String text) {
    return text.length() <= MAX_DATE_LINE && DATE_LINE.matcher(text).matches();
  }

  /**
   * A JSON object or array left as text (a widget's settings in a hidden element): it opens with a
   * quoted key, closes with a bracket and holds several {@code "key":} pairs.
   */
  static boolean isJson(String text) {
    int n = text.length();
    if (n < 2 || !(text.startsWith("{\"") || text.startsWith("[{\""))) {
      return false;
    }
    char last = text.charAt(n - 1);
    if (last != '}' && last != ']') {
      return false;
    }
    int keys = 0;
    for (int i = text.indexOf("\":");
        i >= 0 && keys < MIN_JSON_KEYS;
        i = text.indexOf("\":", i + 2)) {
      keys++;
    }
    return keys >= MIN_JSON_KEYS;
  }

  /**
   * Drops the closing boilerplate of a story: an "About …" section in its second half (unless the
   * story's first half already has one: then "About …" titles its own sections, as in a list of
   * books), and the calls to action at its end (from the last paragraph backwards).
   */
  static void trimTail(List<FarmFilter.Paragraph> paras) {
    cutAtEndRule(paras);
    int half = Math.max(1, paras.size() / 2);
    boolean aboutSections = false;
    for (int i = 0; i < half && !aboutSections; i++) {
      aboutSections = ABOUT_HEADING.matcher(paras.get(i).text()).matches();
    }
    for (int i = half; i < paras.size(); i++) {
      String text = paras.get(i).text();
      if (ABOUT_HEADING.matcher(text).matches() && !aboutSections
          || isOnwardTitle(text) && isShortTail(paras, i)) {
        paras.subList(i, paras.size()).clear();
        break;
      }
      if (CLOSING_NOTE.matcher(text).find() && isShortTail(paras, i)) {
        // The author's name or a label ("Author", "Contributor") often stands alone above.
        int from = i > 1 && isLabel(paras.get(i - 1).text()) ? i - 1 : i;
        paras.subList(from, paras.size()).clear();
        break;
      }
    }
    while (paras.size() > 1 && paras.get(paras.size() - 1).linkDensity() > 0.5) {
      paras.remove(paras.size() - 1);
    }
    while (paras.size() > 1) {
      String last = paras.get(paras.size() - 1).text();
      if (last.length() > MAX_LINE || !CALL_TO_ACTION.matcher(last).find()) {
        return;
      }
      paras.remove(paras.size() - 1);
    }
  }

  /**
   * Drops a rule drawn in text and all after it when it is the story's only one and stands after
   * most of its text: the story ends there. Rules that recur divide a story's sections.
   */
  private static void cutAtEndRule(List<FarmFilter.Paragraph> paras) {
    int at = -1;
    for (int i = 0; i < paras.size(); i++) {
      String text = paras.get(i).text();
      if (text.length() <= MAX_DATE_LINE
          && TEXT_RULE.matcher(text).matches()
          && !DINKUS.matcher(text).matches()) {
        if (at >= 0) {
          return;
        }
        at = i;
      }
    }
    if (at > 0 && isShortTail(paras, at, 2)) {
      paras.subList(at, paras.size()).clear();
    }
  }

  /** The title of a list of what to read next. */
  private static boolean isOnwardTitle(String text) {
    return ONWARD_HEADING.matcher(text).matches()
        || text.length() <= MAX_TITLE
            && ".!?".indexOf(text.charAt(text.length() - 1)) < 0
            && ONWARD_TITLE.matcher(text).find();
  }

  /** A short line without a sentence's end: a name, a label. */
  private static boolean isLabel(String text) {
    if (text.length() > 60) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return ".!?\"”".indexOf(last) < 0;
  }

  /** Whether the paragraphs from {@code from} on hold less than a quarter of the text. */
  private static boolean isShortTail(List<FarmFilter.Paragraph> paras, int from) {
    return isShortTail(paras, from, 4);
  }

  /** Whether the paragraphs from {@code from} on hold less than 1/{@code parts} of the text. */
  private static boolean isShortTail(List<FarmFilter.Paragraph> paras, int from, int parts) {
    long all = 0;
    long tail = 0;
    for (int i = 0; i < paras.size(); i++) {
      int n = paras.get(i).text().length();
      all += n;
      if (i >= from) {
        tail += n;
      }
    }
    return tail * parts < all;
  }

  /** "how to,early retirement,finance": commas without spaces, no sentence. */
  private static boolean isKeywordList(String text) {
    int tight = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) == ',' && !Character.isWhitespace(text.charAt(i + 1))) {
        tight++;
      }
    }
    return tight >= 4;
  }
}
