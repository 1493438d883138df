package org.unspin.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One iterative walk over a DOM subtree (never recursive, so any nesting depth is safe): cuts the
 * text into {@link Block}s at block-level boundaries, drops chrome by {@link BoilerplateRules}, and
 * scores every element by the blocks it holds, so that the story's container — the element with the
 * highest total — falls out of the same walk.
 *
 * <p>Elements whose class or id looks like chrome are judged when the walk leaves them: if they
 * hold less prose than their bar, their blocks and scores are taken back.
 */
final class BlockWalker implements NodeFilter {

  /** Per-open-element state. */
  private static final class Frame {
    final Element element;
    final boolean block;
    final double bar;
    final int firstBlock;
    final int firstCandidate;
    double sum;

    /** The sum without the prose of teaser cards inside. */
    double storySum;

    int linkedHeadings;

    Frame(Element element, boolean block, double bar, int firstBlock, int firstCandidate) {
      this.element = element;
      this.block = block;
      this.bar = bar;
      this.firstBlock = firstBlock;
      this.firstCandidate = firstCandidate;
    }
  }

  private record Candidate(Element element, double score, double storyScore) {}

  /** Share of the best score a marked article needs to be taken instead of the best container. */
  private static final double MARKED_SHARE = 0.3;

  /**
   * A second, unrelated marked element with this share of the first's score means the story is
   * split over several (or the page is a listing): the best container is kept then.
   */
  private static final double RIVAL_SHARE = 0.15;

  /** Share of a container's score its best child needs for the story to be looked for in it. */
  static final double DESCEND_SHARE = 0.85;

  /**
   * Share of the container's score (teaser cards not counted) its best child needs when no child
   * before it scored: the story box comes first and the rest follows it.
   */
  static final double LEAD_DESCEND_SHARE = 0.7;

  /**
   * A box with one linked heading and less prose than this is a teaser card (a headline linking
   * elsewhere and its blurb): its prose does not speak for the containers around it.
   */
  static final double CARD_MAX_SCORE = 600;

  /** Elements the story box can be: containers of paragraphs, not a paragraph, list or table. */
  private static final Set<String> BOX_TAGS = Set.of("div", "section", "article", "main");

  /** Share of the container's score the story box found without teaser cards must hold. */
  static final double CARD_SHARE = 0.3;

  /** Share of a heading's text inside a link for the heading to be a link to another page. */
  static final double LINKED_HEADING_DENSITY = 0.8;

  /** Share of the container's score a sibling needs to be taken with it. */
  static final double SIBLING_SHARE = 0.35;

  private final boolean classRules;
  private final List<Block> blocks = new ArrayList<>();
  private final List<Candidate> candidates = new ArrayList<>();
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();
  private final ArrayDeque<String> owners = new ArrayDeque<>();
  private final StringBuilder buf = new StringBuilder();
  private int linkChars;
  private int linkDepth = -1;

  /**
   * Depth of the open {@code pre}/{@code code} element, -1 outside: highlighters' classes there.
   */
  private int codeDepth = -1;

  private boolean pendingSpace;
  private int pendingNewlines;

  private BlockWalker(boolean classRules) {
    this.classRules = classRules;
  }

  /** Walks {@code root}; class/id rules are applied when {@code classRules} is set. */
  static BlockWalker walk(Element root, boolean classRules) {
    BlockWalker w = new BlockWalker(classRules);
    w.owners.push(root.normalName());
    w.frames.push(new Frame(root, true, BoilerplateRules.KEEP, 0, 0));
    NodeTraversor.filter(w, root);
    w.flush();
    w.close();
    return w;
  }

  /** The blocks of the walked subtree in document order. */
  List<Block> blocks() {
    return blocks;
  }

  /**
   * The story's container: the element whose subtree scored highest, or — when that holds one
   * dominant element marked as an article ({@code <article>}, {@code itemprop=articleBody}) with
   * most of its score — that element, which leaves teasers and sidebars around it behind. Null when
   * nothing scored above zero.
   */
  Element best() {
    Candidate best = null;
    for (Candidate c : candidates) {
      if (best == null || c.score() > best.score()) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    List<Candidate> marked = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c != best && isMarkedArticle(c.element()) && isInside(c.element(), best.element())) {
        marked.add(c);
      }
    }
    Candidate top = null;
    for (Candidate c : marked) {
      if (top == null || c.score() > top.score()) {
        top = c;
      }
    }
    if (top == null || top.score() < MARKED_SHARE * best.score()) {
      return best.element();
    }
    for (Candidate c : marked) {
      boolean related =
          c == top || isInside(c.element(), top.element()) || isInside(top.element(), c.element());
      if (!related && c.score() >= RIVAL_SHARE * top.score()) {
        return best.element();
      }
    }
    return top.element();
  }

  /**
   * From the story's container down to the child that holds nearly all of its score, as long as one
   * does and the container holds no text of its own: the story's own box rather than the page
   * column that also holds teasers with a line of prose each. Children whose class marks them as
   * chrome (a sidebar or related box that held enough prose to be kept) are no rivals, unless one
   * outscores every other child. Linear: each step looks at one element's children.
   */
  Element descend(Element container) {
    Map<Element, Candidate> scores = new IdentityHashMap<>();
    for (Candidate c : candidates) {
      scores.put(c.element(), c);
    }
    Candidate top = scores.get(container);
    if (top == null) {
      return container;
    }
    // First without the teaser cards' prose, which can outweigh a short story beside them; the
    // box found so must still hold a share of the container's whole score, else the page is a
    // listing of such cards and the plain scores decide.
    Element story = descend(container, scores, true);
    Candidate found = scores.get(story);
    if (story != container && found != null && found.score() >= CARD_SHARE * top.score()) {
      return story;
    }
    return descend(container, scores, false);
  }

  private static Element descend(
      Element container, Map<Element, Candidate> scores, boolean withoutCards) {
    Element at = container;
    Candidate here = scores.get(at);
    while (here != null && !hasOwnText(at)) {
      double score = withoutCards ? here.storyScore() : here.score();
      Candidate next = null;
      double nextScore = 0;
      double chrome = 0;
      double chromeTop = 0;
      for (Element child : at.children()) {
        Candidate c = scores.get(child);
        double s = c == null ? 0 : withoutCards ? c.storyScore() : c.score();
        if (s > 0 && isMarkedChrome(child)) {
          chrome += s;
          chromeTop = Math.max(chromeTop, s);
          continue;
        }
        if (s > nextScore) {
          next = c;
          nextScore = s;
        }
      }
      if (chromeTop > nextScore) {
        // The story sits in a box whose class says chrome: the plain scores decide.
        next = null;
        nextScore = 0;
        for (Element child : at.children()) {
          Candidate c = scores.get(child);
          double s = c == null ? 0 : withoutCards ? c.storyScore() : c.score();
          if (s > nextScore) {
            next = c;
            nextScore = s;
          }
        }
      } else {
        // A sidebar or related box that held enough prose to be kept is no rival of the story.
        score -= chrome;
      }
      // Without the cards, a box that nothing scoring comes before is the story followed by what
      // follows stories (a testimonial, a contact blurb): a smaller share will do.
      double share =
          withoutCards && next != null && leadsItsSiblings(at, next.element(), scores)
              ? LEAD_DESCEND_SHARE
              : DESCEND_SHARE;
      if (next == null
          || nextScore < share * score
          || !BOX_TAGS.contains(next.element().normalName())) {
        return at;
      }
      at = next.element();
      here = next;
    }
    return at;
  }

  /** Whether no child of {@code parent} before {@code child} scored (the story box comes first). */
  private static boolean leadsItsSiblings(
      Element parent, Element child, Map<Element, Candidate> scores) {
    for (Element c : parent.children()) {
      if (c == child) {
        return true;
      }
      Candidate k = scores.get(c);
      if (k != null && k.storyScore() > 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the class rules mark an element as chrome (sidebar, related, share, hidden, …). */
  static boolean isMarkedChrome(Element el) {
    return BoilerplateRules.bar(el, true) >= BoilerplateRules.UNLIKELY_BAR;
  }

  private static boolean hasOwnText(Element el) {
    for (TextNode t : el.textNodes()) {
      if (!t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The story's container and, in document order around it, those of its siblings that scored at
   * least {@link #SIBLING_SHARE} of it: stories split over sibling sections.
   */
  List<Element> withSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Candidate c : candidates) {
      if (c.element().parent() == parent) {
        scores.put(c.element(), c.score());
      }
    }
    Double own = scores.get(best);
    if (own == null || scores.size() < 2) {
      return List.of(best);
    }
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      Double s = scores.get(sibling);
      if (sibling == best || s != null && s >= SIBLING_SHARE * own) {
        out.add(sibling);
      }
    }
    return out;
  }

  private static boolean isMarkedArticle(Element el) {
    if (el.normalName().equals("article") || el.attr("itemprop").equalsIgnoreCase("articleBody")) {
      return true;
    }
    return el.attributesSize() > 0
        && BoilerplateRules.STORY_BODY.matcher(BoilerplateRules.classAndId(el)).find();
  }

  private static boolean isInside(Element el, Element ancestor) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText(), linkDepth >= 0);
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element el)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (depth == 0) {
      return FilterResult.CONTINUE;
    }
    String tag = el.normalName();
    if (tag.equals("br") || tag.equals("hr")) {
      flush();
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("img")) {
      return FilterResult.SKIP_ENTIRELY;
    }
    // Syntax highlighters mark code with classes such as "comment" and "meta": not page chrome.
    double bar = BoilerplateRules.bar(el, classRules && codeDepth < 0);
    if (bar == BoilerplateRules.DROP) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (codeDepth < 0 && (tag.equals("pre") || tag.equals("code"))) {
      codeDepth = depth;
    }
    boolean block = BoilerplateRules.BLOCK_TAGS.contains(tag);
    if (block || bar != BoilerplateRules.KEEP) {
      flush();
      if (block) {
        owners.push(tag);
      }
      frames.push(new Frame(el, block, bar, blocks.size(), candidates.size()));
    } else if (tag.equals("a") && linkDepth < 0 && !isHeadingAnchor(el)) {
      linkDepth = depth;
    }
    return FilterResult.CONTINUE;
  }

  /**
   * Whether a link is a heading's anchor to a place on the same page (its own permalink, as
   * Markdown renderers and documentation sites write {@code <h2 id=x><a href="#x">}): the heading
   * is the story's, not a link to elsewhere.
   */
  private boolean isHeadingAnchor(Element a) {
    return BoilerplateRules.HEADING_TAGS.contains(owners.peek()) && a.attr("href").startsWith("#");
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element el) || depth == 0) {
      return FilterResult.CONTINUE;
    }
    if (depth == codeDepth) {
      codeDepth = -1;
    }
    Frame top = frames.peek();
    if (top != null && top.element == el) {
      flush();
      if (top.block) {
        owners.pop();
      }
      close();
    } else if (depth == linkDepth) {
      linkDepth = -1;
    }
    return FilterResult.CONTINUE;
  }

  private void close() {
    Frame f = frames.pop();
    Frame parent = frames.peek();
    if (f.bar != BoilerplateRules.KEEP && f.sum < f.bar) {
      // Chrome after all: take its blocks and candidates back; only its cost reaches the parent.
      blocks.subList(f.firstBlock, blocks.size()).clear();
      candidates.subList(f.firstCandidate, candidates.size()).clear();
      if (parent != null) {
        parent.sum += Math.min(0, f.sum);
        parent.storySum += Math.min(0, f.storySum);
      }
      return;
    }
    if (f.sum > 0 && f.block) {
      candidates.add(new Candidate(f.element, f.sum, f.storySum));
    }
    if (parent != null) {
      boolean card = f.linkedHeadings > 0 && f.sum < CARD_MAX_SCORE;
      parent.sum += f.sum;
      parent.storySum += card ? Math.min(0, f.storySum) : f.storySum;
      parent.linkedHeadings += f.linkedHeadings;
    }
  }

  private void append(String s, boolean inLink) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
        pendingSpace = buf.length() > 0;
        if (c == '\n' && ++pendingNewlines == 2 && pendingSpace) {
          // A blank line inside a text node: a paragraph break in text that was never wrapped in
          // <p> (feeds, autoblogs, wpautop-style markup).
          flush();
        }
        continue;
      }
      pendingNewlines = 0;
      if (pendingSpace) {
        buf.append(' ');
        pendingSpace = false;
        if (inLink) {
          linkChars++;
        }
      }
      buf.append(c);
      if (inLink) {
        linkChars++;
      }
    }
  }

  private void flush() {
    pendingSpace = false;
    pendingNewlines = 0;
    if (buf.length() == 0) {
      linkChars = 0;
      return;
    }
    Block b = new Block(buf.toString(), Math.min(linkChars, buf.length()), owners.peek());
    buf.setLength(0);
    linkChars = 0;
    blocks.add(b);
    Frame f = frames.peek();
    if (f != null) {
      double score = BlockScore.of(b);
      f.sum += score;
      f.storySum += score;
      if (b.heading() && b.linkDensity() > LINKED_HEADING_DENSITY) {
        f.linkedHeadings++;
      }
    }
  }
}
