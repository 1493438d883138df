package org.unspin.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Thesaurus;

/** A tiny n-gram model and thesaurus built from test sentences; slow and simple on purpose. */
final class TinyModel implements LanguageModel, FillIn {
  private final Map<List<String>, Long> counts = new HashMap<>();
  private long tokens;

  TinyModel add(String text) {
    for (String sentence : text.toLowerCase(Locale.ROOT).split("[.!?;:\\n]+")) {
      String[] w =
          Arrays.stream(sentence.split("[^a-z0-9']+"))
              .filter(s -> !s.isEmpty())
              .toArray(String[]::new);
      tokens += w.length;
      for (int i = 0; i < w.length; i++) {
        for (int n = 1; n <= 4 && i + n <= w.length; n++) {
          counts.merge(List.of(Arrays.copyOfRange(w, i, i + n)), 1L, Long::sum);
        }
      }
    }
    return this;
  }

  @Override
  public int order() {
    return 4;
  }

  @Override
  public long count(List<String> words) {
    return counts.getOrDefault(words, 0L);
  }

  @Override
  public long tokens() {
    return tokens;
  }

  @Override
  public List<String> between(String left, String right, int maxWords, int limit) {
    Map<String, Long> found = new HashMap<>();
    counts.forEach(
        (gram, c) -> {
          int extra = (left != null ? 1 : 0) + (right != null ? 1 : 0);
          int gap = gram.size() - extra;
          if (gap < 1 || gap > maxWords) {
            return;
          }
          if (left != null && !gram.get(0).equals(left)) {
            return;
          }
          if (right != null && !gram.get(gram.size() - 1).equals(right)) {
            return;
          }
          int from = left != null ? 1 : 0;
          found.merge(String.join(" ", gram.subList(from, from + gap)), c, Long::sum);
        });
    return found.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  /** A symmetric thesaurus from pairs "a=b". */
  static Thesaurus thesaurus(String... pairs) {
    Map<String, List<String>> m = new HashMap<>();
    for (String p : pairs) {
      String[] ab = p.split("=");
      m.computeIfAbsent(ab[0], k -> new ArrayList<>()).add(ab[1]);
      m.computeIfAbsent(ab[1], k -> new ArrayList<>()).add(ab[0]);
    }
    return phrase -> m.getOrDefault(phrase, List.of());
  }
}
