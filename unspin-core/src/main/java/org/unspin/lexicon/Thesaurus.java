package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Words and phrases related in meaning to a word or phrase. Safe for concurrent use. */
public interface Thesaurus {

  /** A thesaurus that knows no words. */
  Thesaurus NONE = phrase -> List.of();

  /**
   * Related words and phrases for a lower-case phrase (words separated by single spaces), best
   * first; empty when the phrase is unknown.
   */
  List<String> related(String phrase);

  /** The related phrases of all the given thesauri, in order, without repeats. */
  static Thesaurus union(List<Thesaurus> thesauri) {
    List<Thesaurus> all = List.copyOf(thesauri);
    return phrase -> {
      Set<String> merged = new LinkedHashSet<>();
      for (Thesaurus t : all) {
        merged.addAll(t.related(phrase));
      }
      merged.remove(phrase);
      return List.copyOf(new ArrayList<>(merged));
    };
  }
}
