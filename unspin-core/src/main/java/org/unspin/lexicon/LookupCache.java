package org.unspin.lexicon;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Remembers a thesaurus's answers; bounded (emptied when full), safe for concurrent use. */
final class LookupCache {

  private static final int MAX_ENTRIES = 200_000;
  private static final int MAX_PHRASE_CHARS = 100;

  private final Map<String, List<String>> answers = new ConcurrentHashMap<>();

  /** The answer for {@code phrase}, looked up once; empty for blank or overlong phrases. */
  List<String> get(String phrase, Function<String, List<String>> lookUp) {
    if (phrase.isBlank() || phrase.length() > MAX_PHRASE_CHARS) {
      return List.of();
    }
    List<String> known = answers.get(phrase);
    if (known != null) {
      return known;
    }
    if (answers.size() >= MAX_ENTRIES) {
      answers.clear();
    }
    List<String> answer = lookUp.apply(phrase);
    answers.put(phrase, answer);
    return answer;
  }
}
