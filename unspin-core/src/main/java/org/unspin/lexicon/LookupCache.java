package org.unspin.lexicon;

import java.util.List;
import java.util.function.Function;
import org.unspin.internal.BoundedMap;

/** Remembers a thesaurus's answers; bounded (emptied when full), safe for concurrent use. */
final class LookupCache {

  private static final int MAX_ENTRIES = 200_000;
  private static final int MAX_PHRASE_CHARS = 100;

  private final BoundedMap<String, List<String>> answers = new BoundedMap<>(MAX_ENTRIES);

  /** The answer for {@code phrase}, looked up once; empty for blank or overlong phrases. */
  List<String> get(String phrase, Function<String, List<String>> lookUp) {
    if (phrase.isBlank() || phrase.length() > MAX_PHRASE_CHARS) {
      return List.of();
    }
    return answers.get(phrase, lookUp);
  }
}
