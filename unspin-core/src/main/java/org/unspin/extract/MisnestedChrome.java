package org.unspin.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Repairs chrome elements that wrap the page's main content: an unclosed {@code <aside>} banner or
 * {@code <nav>} before {@code <main>} makes the parser nest the whole page inside it, and a region
 * marked {@code role=navigation} or {@code complementary} around {@code <main>} is a template's
 * slip. Such an ancestor of {@code <main>} (or {@code role=main}) becomes a plain {@code div} whose
 * class still counts, so that the story is not dropped with the banner.
 */
final class MisnestedChrome {

  private MisnestedChrome() {}

  /** Turns every chrome ancestor of the page's main elements into a plain container. */
  static void repair(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element main : body.select("main, [role=main]")) {
      // Each ancestor is visited once, however many main elements nest: linear in the page.
      for (Element p = main.parent(); p != null && p != body && seen.add(p); p = p.parent()) {
        if (isChrome(p)) {
          p.tagName("div");
          p.removeAttr("role");
        }
      }
    }
  }

  private static boolean isChrome(Element el) {
    String tag = el.normalName();
    if (tag.equals("aside") || tag.equals("nav") || tag.equals("footer") || tag.equals("menu")) {
      return true;
    }
    String role = el.attr("role");
    return !role.isEmpty() && BoilerplateRules.JUNK_ROLES.contains(role.toLowerCase(Locale.ROOT));
  }
}
