package org.unspin.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.unspin.farm.AdSlots;
import org.unspin.farm.FarmArtifacts;
import org.unspin.farm.FarmFilter;
import org.unspin.farm.FarmFindings;
import org.unspin.farm.FarmScanner;
import org.unspin.input.Input;

/**
 * The standard extractor: the story's title, byline, date and paragraphs, without navigation,
 * sidebars, share bars, comment forms, footers and the farm's wrapper. Stateless and thread-safe.
 *
 * <p>The pipeline, in one place: parse with jsoup; read metadata (meta tags, JSON-LD, h1, title);
 * find the farm's wrapper in the markup; walk the page once, cutting it into text blocks and
 * scoring each element by the prose it holds (long low-link text for, links and short lines
 * against); take the best-scoring subtree's blocks; fall back to a walk without class/id rules when
 * that finds too little; finally take farm lines and wire credits out of the paragraphs.
 */
public final class PageExtractor implements Extractor {

  /** Pages longer than this many characters are cut; the story is never that far in. */
  public static final int MAX_CHARS = 8_000_000;

  /** Below this many characters of story the extractor tries its looser pass. */
  static final int MIN_STORY_CHARS = 250;

  private static final double MAX_LINK_DENSITY = 0.8;

  /** A sibling of the story's container with more link text than this is teasers, not story. */
  private static final double MAX_SIBLING_LINK_DENSITY = 0.15;

  /**
   * A sibling of the story's container with linked headings is still story when its link text is
   * below this share: a round-up's reviews, whose product names link to a shop, beside its
   * introduction (when each review holds more prose than a teaser card, see {@link #isReviews}).
   */
  private static final double MAX_HEADED_SIBLING_LINK_DENSITY = 0.05;

  /** Characters a JSON-LD articleBody needs to stand in for the story found in the markup. */
  static final int MIN_STATED_CHARS = 500;

  /** The markup's story is replaced by the JSON-LD one when shorter than this share of it. */
  static final double STATED_SHARE = 0.5;

  /** Paragraphs in a repeated run before the copy is dropped. */
  static final int MIN_REPEAT_RUN = 3;

  /** Mean paragraph length of a repeated run that is dropped: prose, not a template's labels. */
  static final int MIN_REPEAT_MEAN = 80;

  /** Characters in a repeated run before the copy is dropped. */
  static final int MIN_REPEAT_CHARS = 400;

  private static final int MAX_LINKY_WORDS = 12;

  /** A block with more link text than this share reads as a link (a headline, a link line). */
  private static final double LINKED_LINE_DENSITY = 0.5;

  /** A block with less link text than this share is prose. */
  private static final double MAX_PROSE_LINK_DENSITY = FarmFilter.MAX_PROSE_LINK_DENSITY;

  /**
   * Words of prose under a linked heading that make it the title of a section of the story even
   * when the prose ends like a cut excerpt.
   */
  static final int SECTION_TITLE_WORDS = 60;

  /** Share of the story box's score a box beside it needs to be kept (when the box was chosen). */
  static final double SIDE_SHARE = BlockWalker.SIBLING_SHARE;

  /** Prose score that keeps a box beside the story box whatever the story box scores. */
  static final double SIDE_MIN_SCORE = 300;

  /**
   * Prose score that keeps a box after the story box whatever the story box scores: a story's
   * worth, as much as a box classed like chrome must hold. What follows a story's box is mostly
   * what follows a story (the author's box, a call to action, a newsletter's pitch); a lede split
   * from the body comes before it.
   */
  static final double AFTER_MIN_SCORE = BoilerplateRules.UNLIKELY_BAR;

  /** Creates the standard extractor. */
  public PageExtractor() {}

  @Override
  public Extraction extract(Input input) {
    try {
      return input.kind() == Input.Kind.TEXT
          ? fromText(input.content())
          : fromHtml(input.content());
    } catch (RuntimeException | StackOverflowError e) {
      // A last line of defence: bad web input must give a result, not an exception.
      return new Extraction(
          Article.empty(), FarmArtifacts.none(), "extraction failed on malformed input: " + e);
    }
  }

  private static Extraction fromHtml(String content) {
    String note = null;
    String html = content;
    if (html.length() > MAX_CHARS) {
      html = html.substring(0, MAX_CHARS);
      note = "page cut to its first " + MAX_CHARS + " characters";
    }
    Document doc = Jsoup.parse(Mojibake.repair(Markup.repair(html)));
    StreamedParts.place(doc);
    MisnestedChrome.repair(doc);
    Metadata meta = Metadata.read(doc);
    FarmFindings farm = new FarmFindings();
    FarmScanner.scan(doc, farm);
    Element body = doc.body();
    if (body == null || !body.normalName().equals("body")) {
      return new Extraction(
          new Article(meta.title(), meta.byline(), meta.date(), List.of()),
          farm.toArtifacts(),
          join(note, "no story text: the page has no body (frameset or empty)"));
    }
    BlockWalker page = BlockWalker.walk(body, true);
    for (Block b : page.blocks()) {
      AdSlots.collect(b.text(), farm);
    }
    List<FarmFilter.Paragraph> chosen = story(page, true, meta.title());
    if (chars(chosen) < MIN_STORY_CHARS) {
      List<FarmFilter.Paragraph> loose = story(BlockWalker.walk(body, false), false, meta.title());
      if (chars(loose) > chars(chosen)) {
        chosen = loose;
      }
    }
    List<FarmFilter.Paragraph> stated = statedBody(meta.body());
    if (chars(stated) >= MIN_STATED_CHARS && chars(chosen) < STATED_SHARE * chars(stated)) {
      // The page states its story in JSON-LD and the markup gave far less (a script renders the
      // rest, or the layout hid it from the walk): the stated story is the better one.
      chosen = stated;
    }
    List<String> paragraphs = FarmFilter.clean(chosen, farm);
    if (paragraphs.isEmpty()) {
      note = join(note, "no story text found on the page");
    }
    return new Extraction(
        new Article(meta.title(), meta.byline(), meta.date(), paragraphs),
        farm.toArtifacts(),
        note);
  }

  /** The blocks of the best-scoring subtree, minus link lists and the repeated headline. */
  private static List<FarmFilter.Paragraph> story(
      BlockWalker walk, boolean classRules, String title) {
    List<FarmFilter.Paragraph> out = new ArrayList<>();
    Element best = walk.best();
    if (best == null) {
      return out;
    }
    String titleKey = title == null ? null : key(title);
    List<Block> blocks = new ArrayList<>();
    Element core = walk.descend(best);
    if (core == best) {
      for (Element part : walk.withSiblings(best)) {
        List<Block> own = BlockWalker.walk(part, classRules).blocks();
        if (part == best
            || linkDensity(own) <= MAX_SIBLING_LINK_DENSITY && !hasLinkedHeading(own)
            || isReviews(own)) {
          blocks.addAll(own);
        }
      }
    } else {
      addAround(best, core, classRules, blocks);
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      double density = b.linkDensity();
      if (b.heading() && density > LINKED_LINE_DENSITY && isSectionTitle(blocks, i)) {
        // A round-up's numbered headings link to the shop or the company they review: the link is
        // the section's title, not a link widget.
        density = 0;
      }
      if (density > MAX_LINK_DENSITY && wordCount(b.text()) > MAX_LINKY_WORDS) {
        continue;
      }
      if (b.heading() && titleKey != null && key(b.text()).equals(titleKey)) {
        continue;
      }
      // JSON in a code listing is the story's, a date in a table is data; elsewhere they are a
      // widget's settings and a header's dateline.
      if (LineRules.isNoise(b.text())
          || !b.tag().equals("pre") && LineRules.isJson(b.text())
          || !b.cell() && LineRules.isDateLine(b.text())) {
        continue;
      }
      out.add(new FarmFilter.Paragraph(b.text(), density, b.tag().equals("li")));
    }
    LineRules.trimTail(out);
    return dropRepeatedRuns(out);
  }

  /**
   * The blocks of {@code container} in document order, with the boxes beside the path down to
   * {@code core} (the box holding nearly all of its score) kept only when they are prose scoring a
   * share of the core's (a higher one after it): a lede split from the body stays, teaser cards and
   * their blurbs go.
   */
  private static void addAround(
      Element container, Element core, boolean classRules, List<Block> out) {
    List<Block> coreBlocks = BlockWalker.walk(core, classRules).blocks();
    double share = SIDE_SHARE * score(coreBlocks);
    double barBefore = Math.min(share, SIDE_MIN_SCORE);
    double barAfter = Math.min(share, AFTER_MIN_SCORE);
    Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = core; p != null && p != container; p = p.parent()) {
      path.add(p);
    }
    List<List<Block>> after = new ArrayList<>();
    Element at = container;
    while (at != core) {
      Element down = null;
      List<Block> sideAfter = new ArrayList<>();
      for (Element child : at.children()) {
        if (down == null && path.contains(child)) {
          down = child;
          continue;
        }
        if (classRules && BlockWalker.isMarkedChrome(child)) {
          continue;
        }
        List<Block> part = BlockWalker.walk(child, classRules).blocks();
        if (score(part) >= (down == null ? barBefore : barAfter)
            && linkDensity(part) <= MAX_SIBLING_LINK_DENSITY
            && !hasLinkedHeading(part)) {
          (down == null ? out : sideAfter).addAll(part);
        }
      }
      if (down == null) {
        break;
      }
      after.add(sideAfter);
      at = down;
    }
    out.addAll(coreBlocks);
    for (int i = after.size() - 1; i >= 0; i--) {
      out.addAll(after.get(i));
    }
  }

  private static double score(List<Block> blocks) {
    double s = 0;
    for (Block b : blocks) {
      s += BlockScore.of(b);
    }
    return s;
  }

  /**
   * The paragraphs of a JSON-LD {@code articleBody}: markup is walked like the page, text is cut at
   * its line breaks. Empty when there is none or when it is mostly link text.
   */
  static List<FarmFilter.Paragraph> statedBody(String body) {
    List<FarmFilter.Paragraph> out = new ArrayList<>();
    if (body == null || body.isBlank()) {
      return out;
    }
    if (body.indexOf('<') >= 0 && body.indexOf('>') >= 0) {
      List<Block> blocks = BlockWalker.walk(Jsoup.parseBodyFragment(body).body(), true).blocks();
      if (linkDensity(blocks) > MAX_SIBLING_LINK_DENSITY) {
        return out;
      }
      for (Block b : blocks) {
        out.add(new FarmFilter.Paragraph(b.text(), b.linkDensity()));
      }
      return out;
    }
    for (String line : body.split("\\s*\\n\\s*")) {
      String t = line.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) {
        out.add(new FarmFilter.Paragraph(t, 0));
      }
    }
    return out;
  }

  /**
   * Drops the second copy of a run of paragraphs: responsive layouts render the story, or parts of
   * it, once per screen size. A run is dropped when at least {@link #MIN_REPEAT_RUN} paragraphs and
   * {@link #MIN_REPEAT_CHARS} characters repeat an earlier run in the same order; a paragraph or
   * two repeated on their own (a refrain, a pair of labels) stay.
   */
  static List<FarmFilter.Paragraph> dropRepeatedRuns(List<FarmFilter.Paragraph> paras) {
    int n = paras.size();
    Map<String, Integer> firstIndex = new HashMap<>();
    int[] first = new int[n];
    for (int j = 0; j < n; j++) {
      first[j] = firstIndex.computeIfAbsent(paras.get(j).text(), k -> firstIndex.size());
    }
    int[] indexOf = new int[firstIndex.size()];
    for (int j = n - 1; j >= 0; j--) {
      indexOf[first[j]] = j;
    }
    List<FarmFilter.Paragraph> out = new ArrayList<>(n);
    int j = 0;
    while (j < n) {
      int i = indexOf[first[j]];
      int len = 0;
      int chars = 0;
      while (i < j && j + len < n && i + len < j && first[i + len] == first[j + len]) {
        chars += paras.get(j + len).text().length();
        len++;
      }
      if (len >= MIN_REPEAT_RUN && chars >= MIN_REPEAT_CHARS && chars >= MIN_REPEAT_MEAN * len) {
        j += len;
        continue;
      }
      out.add(paras.get(j));
      j++;
    }
    return out;
  }

  private static Extraction fromText(String content) {
    FarmFindings farm = new FarmFindings();
    String text = content.length() > MAX_CHARS ? content.substring(0, MAX_CHARS) : content;
    List<FarmFilter.Paragraph> paras = new ArrayList<>();
    for (String t : Article.paragraphsOf(text)) {
      AdSlots.collect(t, farm);
      paras.add(new FarmFilter.Paragraph(t, 0));
    }
    List<String> paragraphs = new ArrayList<>(FarmFilter.clean(paras, farm));
    String title = null;
    if (paragraphs.size() > 1 && looksLikeHeadline(paragraphs.get(0))) {
      title = paragraphs.remove(0);
    }
    String note = paragraphs.isEmpty() ? "no story text found" : null;
    if (text.length() < content.length()) {
      note = join(note, "text cut to its first " + MAX_CHARS + " characters");
    }
    return new Extraction(new Article(title, null, null, paragraphs), farm.toArtifacts(), note);
  }

  private static boolean looksLikeHeadline(String p) {
    if (p.length() > 150 || wordCount(p) > 20) {
      return false;
    }
    char last = p.charAt(p.length() - 1);
    return ".!?,;:\"”".indexOf(last) < 0;
  }

  private static double linkDensity(List<Block> blocks) {
    long chars = 0;
    long links = 0;
    for (Block b : blocks) {
      chars += b.text().length();
      links += b.linkChars();
    }
    return chars == 0 ? 1 : (double) links / chars;
  }

  /**
   * Whether the heading at {@code i} titles a section of the story: prose follows it before the
   * next heading, and unless that prose is long ({@link #SECTION_TITLE_WORDS} words) it is not an
   * excerpt cut off with an ellipsis, which is a teaser's blurb ("… the survey ran for two weeks
   * and…"). A round-up's entries, a list of events or chapters whose names link elsewhere, are
   * titled so; a heading with no prose under it is a link line. Linear over the page: each block is
   * looked at for the one heading before it.
   */
  private static boolean isSectionTitle(List<Block> blocks, int i) {
    int words = 0;
    boolean excerpt = false;
    for (int k = i + 1; k < blocks.size() && !blocks.get(k).heading(); k++) {
      Block b = blocks.get(k);
      if (b.linkDensity() < MAX_PROSE_LINK_DENSITY) {
        words += wordCount(b.text());
        if (words >= SECTION_TITLE_WORDS) {
          return true;
        }
        excerpt |= isCutExcerpt(b.text());
      }
    }
    return words > 0 && !excerpt;
  }

  /** Whether a text ends in an ellipsis: an excerpt cut short, as teasers show a story's start. */
  static boolean isCutExcerpt(String text) {
    return text.endsWith("\u2026") || text.endsWith("...");
  }

  /**
   * Whether a box with linked headings is a round-up's reviews rather than teasers: little link
   * text and, for each linked heading, more prose than a teaser card holds.
   */
  private static boolean isReviews(List<Block> blocks) {
    int linked = 0;
    for (Block b : blocks) {
      if (b.heading() && b.linkDensity() > MAX_LINK_DENSITY) {
        linked++;
      }
    }
    return linkDensity(blocks) <= MAX_HEADED_SIBLING_LINK_DENSITY
        && score(blocks) >= linked * BlockWalker.CARD_MAX_SCORE;
  }

  private static boolean hasLinkedHeading(List<Block> blocks) {
    for (Block b : blocks) {
      if (b.heading() && b.linkDensity() > MAX_LINK_DENSITY) {
        return true;
      }
    }
    return false;
  }

  private static int chars(List<FarmFilter.Paragraph> paras) {
    int n = 0;
    for (FarmFilter.Paragraph p : paras) {
      n += p.text().length();
    }
    return n;
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static int wordCount(String text) {
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "; " + b;
  }
}
