package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.unspin.lexicon.internal.LongIntMap;

/**
 * Distributional evidence from a language model's own counts: two words are alike when they fill
 * the same blanks {@code a _ c} (the slots between one context word on each side, from the model's
 * trigrams). Each word is a sparse vector over the blanks it fills, weighted by positive pointwise
 * mutual information (PPMI, with the blanks' distribution smoothed to the power 0.75, which keeps
 * rare blanks from dominating); {@link #inclusion} says how much of one word's weight lies in
 * blanks the other fills too. A blank filled by a single word is dropped (no pair can share it).
 * Each layer of a summed model contributes its own blanks (a vector is the concatenation over
 * layers).
 *
 * <p>Built from the model in memory on first use (see docs/LEXICON.md for times and sizes; no
 * file), at most {@link #MAX_PAIRS} pairs per layer, then immutable and safe for concurrent use.
 * Models that offer no blank index contribute nothing.
 */
public final class SharedContexts {

  /** No evidence: every word is unknown. */
  public static final SharedContexts NONE = new SharedContexts(List.of());

  private static final double SMOOTHING = 0.75;

  /**
   * The most (blank, word) pairs read from one layer (about 34 MB once built): a larger layer, such
   * as a big archive's, contributes the pairs it lists first (for the compact model, blanks in hash
   * order: a fixed sample).
   */
  static final int MAX_PAIRS = 1 << 22;

  private final List<Layer> layers;

  private SharedContexts(List<Layer> layers) {
    this.layers = List.copyOf(layers);
  }

  private static final Map<LanguageModel, SharedContexts> BUILT = new WeakHashMap<>();

  /** Layers built, by model layer: a sum with an archive reuses the bundled model's layer. */
  private static final Map<IndexedModel, Layer> LAYERS = new WeakHashMap<>();

  /**
   * {@link #of}, built once per model instance and each layer once per layer instance, remembered
   * while the model is in use (detectors over one model, or over sums sharing a layer, share it).
   */
  public static SharedContexts cached(LanguageModel model) {
    synchronized (BUILT) {
      return BUILT.computeIfAbsent(model, m -> build(m, SharedContexts::layerCached));
    }
  }

  /** The shared contexts of a model's words (of each layer, when the model is a sum). */
  public static SharedContexts of(LanguageModel model) {
    return build(model, Layer::of);
  }

  private static SharedContexts build(LanguageModel model, Function<IndexedModel, Layer> layers) {
    List<Layer> out = new ArrayList<>();
    collect(model, layers, out);
    return new SharedContexts(out);
  }

  private static Layer layerCached(IndexedModel model) {
    synchronized (LAYERS) {
      return LAYERS.computeIfAbsent(model, Layer::of);
    }
  }

  private static void collect(
      LanguageModel model, Function<IndexedModel, Layer> layers, List<Layer> out) {
    if (model instanceof SummedModel summed) {
      for (LanguageModel m : summed.layers()) {
        collect(m, layers, out);
      }
    } else if (model instanceof IndexedModel indexed) {
      Layer layer = layers.apply(indexed);
      if (layer != null) {
        out.add(layer);
      }
    }
  }

  /**
   * How much of {@code a}'s context weight lies in blanks {@code b} also fills, each shared blank
   * counted at the smaller of the two words' weights (0 to 1), over all layers: near 1 when {@code
   * a} is only ever used where {@code b} could be and those blanks are typical of {@code b} too (a
   * blank that any word fills, "the _ of", weighs little for a common word and adds little).
   */
  public double inclusion(String a, String b) {
    double shared = 0;
    double all = 0;
    for (Layer l : layers) {
      int x = l.model.id(a);
      int y = l.model.id(b);
      if (x < 0 || x >= l.size()) {
        continue;
      }
      all += l.mass(x);
      if (y >= 0 && y < l.size()) {
        shared += l.sharedMass(x, y);
      }
    }
    return all == 0 ? 0 : shared / all;
  }

  /** How many blanks (shared with at least one other word) a word fills, over all layers. */
  public int contexts(String word) {
    int n = 0;
    for (Layer l : layers) {
      int x = l.model.id(word);
      if (x >= 0 && x < l.size()) {
        n += l.start[x + 1] - l.start[x];
      }
    }
    return n;
  }

  /** One model's vectors: for each word id, its blanks (ascending) and their weights. */
  private static final class Layer {
    final IndexedModel model;
    final int[] start;
    final int[] blanks;
    final float[] weights;

    private Layer(IndexedModel model, int[] start, int[] blanks, float[] weights) {
      this.model = model;
      this.start = start;
      this.blanks = blanks;
      this.weights = weights;
    }

    static Layer of(IndexedModel model) {
      int vocabulary = model.vocabularySize();
      int startMarker = model.id(Tokenizer.SENTENCE_START);
      int endMarker = model.id(Tokenizer.SENTENCE_END);
      // every (blank, word), the blank as a dense id
      LongIntMap dense = new LongIntMap(1 << 16);
      int[][] pairs = {new int[1 << 16], new int[1 << 16]};
      int[] size = {0};
      model.forEachTrigramFiller(
          (blank, word) -> {
            if (word == startMarker
                || word == endMarker
                || word < 0
                || word >= vocabulary
                || size[0] == MAX_PAIRS) {
              return;
            }
            long key = blank == 0 ? Long.MIN_VALUE : blank;
            int id = dense.get(key);
            if (id == 0) {
              id = dense.size() + 1;
              dense.put(key, id);
            }
            if (size[0] == pairs[0].length) {
              pairs[0] = Arrays.copyOf(pairs[0], size[0] * 2);
              pairs[1] = Arrays.copyOf(pairs[1], size[0] * 2);
            }
            pairs[0][size[0]] = id - 1;
            pairs[1][size[0]++] = word;
          });
      int n = size[0];
      if (n == 0) {
        return null;
      }
      int blankCount = dense.size();
      int[] fillers = new int[blankCount];
      for (int k = 0; k < n; k++) {
        fillers[pairs[0][k]]++;
      }
      // blanks ordered by id, each with its words: then each word's blanks come out ascending
      int[] byBlankStart = new int[blankCount + 1];
      for (int b = 0; b < blankCount; b++) {
        byBlankStart[b + 1] = byBlankStart[b] + (fillers[b] >= 2 ? fillers[b] : 0);
      }
      int kept = byBlankStart[blankCount];
      int[] byBlankWords = new int[kept];
      int[] fill = Arrays.copyOf(byBlankStart, blankCount);
      int[] slotsOf = new int[vocabulary];
      for (int k = 0; k < n; k++) {
        int b = pairs[0][k];
        if (fillers[b] >= 2) {
          byBlankWords[fill[b]++] = pairs[1][k];
          slotsOf[pairs[1][k]]++;
        }
      }
      pairs[0] = null;
      pairs[1] = null;
      int[] start = new int[vocabulary + 1];
      for (int w = 0; w < vocabulary; w++) {
        start[w + 1] = start[w] + slotsOf[w];
      }
      double z = 0;
      double[] smoothed = new double[blankCount];
      for (int b = 0; b < blankCount; b++) {
        if (fillers[b] >= 2) {
          smoothed[b] = Math.pow(fillers[b], SMOOTHING);
          z += smoothed[b];
        }
      }
      int[] blanks = new int[kept];
      float[] weights = new float[kept];
      int[] at = Arrays.copyOf(start, vocabulary);
      for (int b = 0; b < blankCount; b++) {
        for (int k = byBlankStart[b]; k < byBlankStart[b + 1]; k++) {
          int w = byBlankWords[k];
          double pmi = Math.log(z / (slotsOf[w] * smoothed[b]));
          float weight = (float) Math.max(0, pmi);
          blanks[at[w]] = b;
          weights[at[w]++] = weight;
        }
      }
      return new Layer(model, start, blanks, weights);
    }

    /** The number of words with a vector (word ids below it). */
    int size() {
      return start.length - 1;
    }

    /** The total weight of x's blanks. */
    double mass(int x) {
      double sum = 0;
      for (int i = start[x]; i < start[x + 1]; i++) {
        sum += weights[i];
      }
      return sum;
    }

    /** The weight of x's blanks that y fills too. */
    double sharedMass(int x, int y) {
      int i = start[x];
      int ie = start[x + 1];
      int j = start[y];
      int je = start[y + 1];
      double sum = 0;
      while (i < ie && j < je) {
        int bi = blanks[i];
        int bj = blanks[j];
        if (bi == bj) {
          sum += Math.min(weights[i++], weights[j++]);
        } else if (bi < bj) {
          i++;
        } else {
          j++;
        }
      }
      return sum;
    }
  }
}
