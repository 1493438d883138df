package org.unspin.lexicon;

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

  /**
   * Words and phrases a broad thesaurus associates with the phrase beyond {@link #related}: weaker
   * evidence of a shared meaning (Aiksaurus groups words into broad meanings, associations as well
   * as synonyms). None unless the thesaurus was built {@link #withLoose}.
   */
  default List<String> loose(String phrase) {
    return List.of();
  }

  /** Whether it has any {@link #loose} relations at all (so callers may skip asking). */
  default boolean hasLoose() {
    return false;
  }

  /** The related phrases of all the given thesauri, in order, without repeats (and their loose). */
  static Thesaurus union(List<Thesaurus> thesauri) {
    List<Thesaurus> all = List.copyOf(thesauri);
    return new Thesaurus() {
      @Override
      public List<String> related(String phrase) {
        return merged(all, phrase, false);
      }

      @Override
      public List<String> loose(String phrase) {
        return merged(all, phrase, true);
      }

      @Override
      public boolean hasLoose() {
        return all.stream().anyMatch(Thesaurus::hasLoose);
      }
    };
  }

  private static List<String> merged(List<Thesaurus> all, String phrase, boolean loose) {
    Set<String> merged = new LinkedHashSet<>();
    for (Thesaurus t : all) {
      merged.addAll(loose ? t.loose(phrase) : t.related(phrase));
    }
    merged.remove(phrase);
    return List.copyOf(merged);
  }

  /**
   * {@code strict}'s relations, with {@code loose}'s related phrases (all of them, those {@code
   * strict} relates too included) as its {@link #loose} ones.
   */
  static Thesaurus withLoose(Thesaurus strict, Thesaurus loose) {
    return new Thesaurus() {
      @Override
      public List<String> related(String phrase) {
        return strict.related(phrase);
      }

      @Override
      public List<String> loose(String phrase) {
        return loose.related(phrase);
      }

      @Override
      public boolean hasLoose() {
        return true;
      }
    };
  }
}
