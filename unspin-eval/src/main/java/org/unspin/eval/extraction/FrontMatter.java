package org.unspin.eval.extraction;

/** The little of Jekyll's YAML front matter the farm-page evaluation needs. */
final class FrontMatter {
  private FrontMatter() {}

  /** {front matter, body}; the front matter is empty when the file has none. */
  static String[] split(String raw) {
    String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (!s.startsWith("---")) {
      return new String[] {"", s};
    }
    int end = s.indexOf("\n---", 3);
    if (end < 0) {
      return new String[] {"", s};
    }
    int bodyStart = s.indexOf('\n', end + 4);
    return new String[] {s.substring(3, end), bodyStart < 0 ? "" : s.substring(bodyStart + 1)};
  }

  /**
   * The first value of a list-valued key, folded scalars joined; quotes removed. Null when absent.
   */
  static String firstListValue(String yaml, String key) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith(key + ":")) {
        continue;
      }
      String inline = lines[i].substring(key.length() + 1).strip();
      if (!inline.isEmpty()) {
        return unquote(inline);
      }
      StringBuilder sb = new StringBuilder();
      boolean started = false;
      for (int j = i + 1; j < lines.length; j++) {
        String l = lines[j];
        if (l.isEmpty() || !Character.isWhitespace(l.charAt(0))) {
          break;
        }
        String t = l.strip();
        if (t.startsWith("- ") || t.equals("-")) {
          if (started) {
            break;
          }
          started = true;
          t = t.substring(1).strip();
        }
        if (t.equals(">") || t.equals("|") || t.equals(">-") || t.equals("|-")) {
          continue;
        }
        if (!t.isEmpty()) {
          sb.append(sb.length() > 0 ? " " : "").append(t);
        }
      }
      return sb.length() == 0 ? null : unquote(sb.toString());
    }
    return null;
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
