package org.unspin.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, byline and date of a page, from meta tags, JSON-LD, the first {@code h1} and {@code
 * <title>}, in that order of trust.
 *
 * @param title the headline, or null
 * @param byline the author, or null
 * @param date the publication date in ISO-8601 ({@link PublicationDate}), as the page states it
 *     when it cannot be read, or null
 * @param body the story as the page's JSON-LD states it ({@code articleBody}, text or markup), or
 *     null
 */
record Metadata(String title, String byline, String date, String body) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_JSON_LD_CHARS = 200_000;
  private static final int MAX_JSON_NODES = 5_000;
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]+\\s+");

  static Metadata none() {
    return new Metadata(null, null, null, null);
  }

  /** Reads the metadata of a parsed page; never throws. */
  static Metadata read(Document doc) {
    Map<String, String> metas = metas(doc);
    String title = meta(metas, "og:title", "twitter:title");
    String byline = meta(metas, "author", "article:author", "byl", "parsely-author", "dc.creator");
    if (byline != null && byline.startsWith("http")) {
      byline = null;
    }
    String date =
        meta(
            metas,
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
            "parsely-pub-date",
            "og:published_time");
    String[] ld = jsonLd(doc);
    title = first(title, ld[0]);
    byline = first(byline, ld[1]);
    date = first(date, ld[2]);
    if (title == null) {
      Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
      title = h1 == null ? null : blankToNull(h1.text());
    }
    if (title == null) {
      title = cleanTitle(doc.title());
    }
    if (byline == null) {
      Element a = doc.selectFirst("[rel=author], [itemprop=author], .byline, .author");
      if (a != null) {
        String t = a.text().strip();
        byline = t.length() > 2 && t.length() < 100 ? t : null;
      }
    }
    if (date == null) {
      Element time = doc.selectFirst("time[datetime]");
      if (time != null) {
        date = blankToNull(time.attr("datetime"));
      }
    }
    return new Metadata(clip(title), clip(byline), clip(PublicationDate.normalise(date)), ld[3]);
  }

  private static String meta(Map<String, String> metas, String... names) {
    for (String name : names) {
      String v = metas.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** The head's meta tags by lower-cased property, name or itemprop; the first one wins. */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.head().getElementsByTag("meta")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      String v = blankToNull(m.attr("content"));
      if (!key.isEmpty() && v != null) {
        out.putIfAbsent(key.toLowerCase(Locale.ROOT), v);
      }
    }
    return out;
  }

  /**
   * headline, author, datePublished of the first article-like JSON-LD object, and the first
   * articleBody (raw: text or markup).
   */
  private static String[] jsonLd(Document doc) {
    String[] out = new String[4];
    for (Element s : doc.select("script[type=application/ld+json]")) {
      String data = s.data();
      if (data.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data);
      } catch (Exception e) {
        continue; // broken JSON-LD is common and simply ignored
      }
      ArrayDeque<JsonNode> todo = new ArrayDeque<>();
      todo.add(root);
      int seen = 0;
      while (!todo.isEmpty() && seen++ < MAX_JSON_NODES) {
        JsonNode n = todo.poll();
        if (n == null) {
          continue;
        }
        if (n.isArray()) {
          n.forEach(todo::add);
          continue;
        }
        if (!n.isObject()) {
          continue;
        }
        if (n.has("@graph")) {
          todo.add(n.get("@graph"));
        }
        if (n.has("headline") || n.has("datePublished")) {
          out[0] = first(out[0], text(n.get("headline")));
          out[1] = first(out[1], author(n.get("author")));
          out[2] = first(out[2], text(n.get("datePublished")));
        }
        JsonNode body = n.get("articleBody");
        if (out[3] == null && body != null && body.isTextual() && !body.asText().isBlank()) {
          out[3] = body.asText();
        }
      }
    }
    return out;
  }

  private static String author(JsonNode a) {
    if (a == null) {
      return null;
    }
    if (a.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode x : a) {
        String n = author(x);
        if (n != null) {
          sb.append(sb.length() > 0 ? ", " : "").append(n);
        }
      }
      return blankToNull(sb.toString());
    }
    if (a.isObject()) {
      return text(a.get("name"));
    }
    return text(a);
  }

  private static String text(JsonNode n) {
    return n != null && n.isValueNode() ? blankToNull(n.asText()) : null;
  }

  private static String cleanTitle(String raw) {
    String t = blankToNull(raw);
    if (t == null) {
      return null;
    }
    String longest = t;
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length > 1) {
      longest = parts[0];
      for (String p : parts) {
        if (p.length() > longest.length()) {
          longest = p;
        }
      }
    }
    return blankToNull(longest);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }

  private static String clip(String s) {
    return s == null || s.length() <= 500 ? s : s.substring(0, 500);
  }
}
