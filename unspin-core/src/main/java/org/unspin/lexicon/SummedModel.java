package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Models layered over each other: every count is the sum of the layers' counts. */
final class SummedModel implements LanguageModel {

  private final List<LanguageModel> layers;
  private final int order;
  private final LanguageModel.Codes codes;

  SummedModel(List<LanguageModel> layers) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("no models to sum");
    }
    this.layers = List.copyOf(layers);
    this.order = layers.stream().mapToInt(LanguageModel::order).max().orElseThrow();
    this.codes = pairCodes(this.layers);
  }

  /** The layers, in the order they were given. */
  List<LanguageModel> layers() {
    return layers;
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public long count(List<String> words) {
    long sum = 0;
    for (LanguageModel m : layers) {
      sum += m.count(words);
    }
    return sum;
  }

  /**
   * Codes for two indexed layers (a base model and a domain layer): the first layer's word id in
   * the high 32 bits, the second's in the low 32 bits, -1 where a layer lacks the word; null for
   * other layerings.
   */
  @Override
  public LanguageModel.Codes codes() {
    return codes;
  }

  private static LanguageModel.Codes pairCodes(List<LanguageModel> layers) {
    if (layers.size() != 2
        || !(layers.get(0) instanceof IndexedModel a)
        || !(layers.get(1) instanceof IndexedModel b)) {
      return null;
    }
    return new LanguageModel.Codes() {
      @Override
      public long code(String word) {
        return ((long) a.id(word) << 32) | (b.id(word) & 0xFFFFFFFFL);
      }

      @Override
      public long count(long[] c, int from, int to) {
        return a.countCodes(c, from, to, 32) + b.countCodes(c, from, to, 0);
      }

      @Override
      public void seen(long[] first, long[] second, int n, boolean[] out) {
        Arrays.fill(out, 0, n, false);
        a.orSeen(first, second, n, 32, out);
        b.orSeen(first, second, n, 0, out);
      }

      @Override
      public void seenBeside(long word, boolean after, long[] others, int n, boolean[] out) {
        Arrays.fill(out, 0, n, false);
        a.orSeenBeside(word, after, others, n, 32, out);
        b.orSeenBeside(word, after, others, n, 0, out);
      }
    };
  }

  @Override
  public long tokens() {
    long sum = 0;
    for (LanguageModel m : layers) {
      sum += m.tokens();
    }
    return sum;
  }

  /**
   * Candidates come from each layer's own best fillers; each candidate's count is then summed over
   * all layers, each with the context trimmed to fit its own order.
   */
  @Override
  public List<Filler> fillers(List<String> left, List<String> right, int maxWords, int limit) {
    Blank.check(left, right, maxWords);
    Map<List<String>, Boolean> candidates = new LinkedHashMap<>();
    int wide = limit * 2 + 10;
    for (LanguageModel m : layers) {
      for (Filler f : m.fillers(left, right, maxWords, wide)) {
        candidates.put(f.words(), Boolean.TRUE);
      }
    }
    List<Filler> found = new ArrayList<>();
    for (List<String> words : candidates.keySet()) {
      long sum = 0;
      for (LanguageModel m : layers) {
        sum += countAround(m, left, words, right);
      }
      found.add(new Filler(words, sum));
    }
    found.sort(IndexedModel.BEST_FIRST);
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
  }

  /**
   * Followers from each layer's own lists, each counted over all layers (a layer without lists, or
   * whose list was cut, still adds its count of the pair).
   */
  @Override
  public List<Filler> neighbours(String word, boolean after, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    Map<String, Boolean> candidates = new LinkedHashMap<>();
    for (LanguageModel m : layers) {
      for (Filler f : m.neighbours(word, after, limit)) {
        candidates.put(f.words().get(0), Boolean.TRUE);
      }
    }
    List<Filler> found = new ArrayList<>(candidates.size());
    for (String w : candidates.keySet()) {
      found.add(new Filler(List.of(w), count(after ? List.of(word, w) : List.of(w, word))));
    }
    found.sort(IndexedModel.BEST_FIRST);
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
  }

  private static long countAround(
      LanguageModel m, List<String> left, List<String> words, List<String> right) {
    int[] keep = Blank.fit(left.size(), right.size(), words.size(), m.order());
    if (keep == null) {
      return 0;
    }
    List<String> gram = new ArrayList<>(left.subList(left.size() - keep[0], left.size()));
    gram.addAll(words);
    gram.addAll(right.subList(0, keep[1]));
    return m.count(gram);
  }
}
