package org.unspin.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One iterative walk over a DOM subtree (never recursive, so any nesting depth is safe): skips
 * chrome by {@link BoilerplateRules}, cuts the text into {@link Block}s at block-level boundaries,
 * and finds the element whose subtree has the highest total block score — the story's container.
 */
final class BlockWalker implements NodeFilter {

  /** Per-open-element running score. */
  private static final class Frame {
    final Element element;
    double sum;

    Frame(Element element) {
      this.element = element;
    }
  }

  private final boolean classRules;
  private final List<Block> blocks = new ArrayList<>();
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();
  private final ArrayDeque<String> owners = new ArrayDeque<>();
  private final StringBuilder buf = new StringBuilder();
  private int linkChars;
  private int linkDepth = -1;
  private boolean pendingSpace;
  private Element best;
  private double bestScore = 0;

  private BlockWalker(boolean classRules) {
    this.classRules = classRules;
  }

  /** Walks {@code root}; class/id rules are applied when {@code classRules} is set. */
  static BlockWalker walk(Element root, boolean classRules) {
    BlockWalker w = new BlockWalker(classRules);
    w.owners.push(root.normalName());
    w.frames.push(new Frame(root));
    NodeTraversor.filter(w, root);
    w.flush();
    w.closeFrame();
    return w;
  }

  /** The blocks of the walked subtree in document order. */
  List<Block> blocks() {
    return blocks;
  }

  /** The element whose subtree scored highest, or null when nothing scored above zero. */
  Element best() {
    return best;
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
    if (BoilerplateRules.isJunk(el, classRules)) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = el.normalName();
    if (tag.equals("br") || tag.equals("hr")) {
      flush();
      return FilterResult.SKIP_ENTIRELY;
    }
    if (tag.equals("img")) {
      return FilterResult.SKIP_ENTIRELY;
    }
    if (BoilerplateRules.BLOCK_TAGS.contains(tag)) {
      flush();
      owners.push(tag);
      frames.push(new Frame(el));
    } else if (tag.equals("a") && linkDepth < 0) {
      linkDepth = depth;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!(node instanceof Element el) || depth == 0) {
      return FilterResult.CONTINUE;
    }
    String tag = el.normalName();
    if (BoilerplateRules.BLOCK_TAGS.contains(tag)) {
      flush();
      owners.pop();
      closeFrame();
    } else if (depth == linkDepth) {
      linkDepth = -1;
    }
    return FilterResult.CONTINUE;
  }

  private void closeFrame() {
    Frame f = frames.pop();
    if (f.sum > bestScore) {
      bestScore = f.sum;
      best = f.element;
    }
    Frame parent = frames.peek();
    if (parent != null) {
      parent.sum += f.sum;
    }
  }

  private void append(String s, boolean inLink) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '\u00a0' || Character.isWhitespace(c)) {
        pendingSpace = buf.length() > 0;
        continue;
      }
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
      f.sum += BlockScore.of(b);
    }
  }
}
