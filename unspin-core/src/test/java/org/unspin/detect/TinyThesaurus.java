package org.unspin.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lexicon.Thesaurus;

/** A symmetric test thesaurus from pairs "a=b". */
final class TinyThesaurus {
  private TinyThesaurus() {}

  static Thesaurus of(String... pairs) {
    Map<String, List<String>> m = new HashMap<>();
    for (String p : pairs) {
      String[] ab = p.split("=");
      m.computeIfAbsent(ab[0], k -> new ArrayList<>()).add(ab[1]);
      m.computeIfAbsent(ab[1], k -> new ArrayList<>()).add(ab[0]);
    }
    return phrase -> m.getOrDefault(phrase, List.of());
  }
}
