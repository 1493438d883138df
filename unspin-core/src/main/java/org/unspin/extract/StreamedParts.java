package org.unspin.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Puts streamed parts of a page where its script would: streaming renderers send the page's shell
 * with placeholders ({@code <template id="B:n">} followed by fallback markup up to a {@code /$}
 * comment) and the late parts at the end of the body in hidden containers ({@code <div hidden
 * id="S:n">}). Without this the story sits hidden after the footer and the loading placeholders
 * stand in its place.
 */
final class StreamedParts {
  private static final String PART_PREFIX = "S:";
  private static final String BOUNDARY_PREFIX = "B:";
  private static final String SEGMENT_PREFIX = "P:";
  private static final String FALLBACK_END = "/$";

  private StreamedParts() {}

  /** Moves every streamed part into its placeholder; pages without them are left as they are. */
  static void place(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    List<Element> parts = body.select("div[hidden][id^=" + PART_PREFIX + "]");
    if (parts.isEmpty()) {
      return;
    }
    Map<String, Element> slots = new HashMap<>();
    for (Element t : body.select("template[id]")) {
      String id = t.id();
      if (id.startsWith(BOUNDARY_PREFIX) || id.startsWith(SEGMENT_PREFIX)) {
        slots.putIfAbsent(id.substring(2), t);
      }
    }
    for (Element part : parts) {
      Element slot = slots.remove(part.id().substring(PART_PREFIX.length()));
      if (slot == null || slot.parent() == null || isInside(slot, part)) {
        continue;
      }
      if (slot.id().startsWith(BOUNDARY_PREFIX)) {
        dropFallback(slot);
      }
      for (Node child : new ArrayList<>(part.childNodes())) {
        slot.before(child);
      }
      slot.remove();
      part.remove();
    }
  }

  /**
   * Removes the fallback markup after a boundary's placeholder up to the comment that closes the
   * boundary (nested boundaries open with {@code $}, {@code $?} or {@code $!}); nothing when the
   * closing comment is not there.
   */
  private static void dropFallback(Element slot) {
    List<Node> fallback = new ArrayList<>();
    int depth = 0;
    for (Node n = slot.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Comment c) {
        String data = c.getData().strip();
        if (data.equals(FALLBACK_END)) {
          if (depth == 0) {
            fallback.forEach(Node::remove);
            return;
          }
          depth--;
        } else if (data.equals("$") || data.equals("$?") || data.equals("$!")) {
          depth++;
        }
      }
      fallback.add(n);
    }
  }

  private static boolean isInside(Element el, Element ancestor) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
