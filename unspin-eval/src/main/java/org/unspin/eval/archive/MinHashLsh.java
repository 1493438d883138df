package org.unspin.eval.archive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.unspin.align.Words;

/**
 * The near-duplicate baseline: word 5-gram shingles, MinHash signatures and LSH banding at
 * datatrove's settings (14 bands of 8 rows). A query's candidates are the stories sharing a band
 * with it, ranked by signature agreement; none means "no source". In memory, for evaluation only.
 */
public final class MinHashLsh {

  /** Shingle length in words. */
  public static final int SHINGLE = 5;

  private final int bands;
  private final int rows;
  private final long[] seedsA;
  private final long[] seedsB;
  private final List<String> ids = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();
  private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();

  /** An empty index with {@code bands} × {@code rows} hash functions, seeded. */
  public MinHashLsh(int bands, int rows, long seed) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1: " + bands + ", " + rows);
    }
    this.bands = bands;
    this.rows = rows;
    SplittableRandom r = new SplittableRandom(seed);
    seedsA = new long[bands * rows];
    seedsB = new long[bands * rows];
    for (int i = 0; i < seedsA.length; i++) {
      seedsA[i] = r.nextLong() | 1L;
      seedsB[i] = r.nextLong();
    }
    for (int b = 0; b < bands; b++) {
      buckets.add(new HashMap<>());
    }
  }

  /** datatrove's settings: 14 bands × 8 rows. */
  public static MinHashLsh datatrove(long seed) {
    return new MinHashLsh(14, 8, seed);
  }

  /** Adds one story. */
  public void add(String id, String text) {
    int[] sig = signature(text);
    int doc = ids.size();
    ids.add(id);
    signatures.add(sig);
    for (int b = 0; b < bands; b++) {
      buckets.get(b).computeIfAbsent(bandKey(sig, b), k -> new ArrayList<>(1)).add(doc);
    }
  }

  /**
   * A story sharing a band with the query.
   *
   * @param id its id
   * @param similarity the share of agreeing signature rows, an estimate of the shingles' Jaccard
   *     similarity
   */
  public record Hit(String id, double similarity) {}

  /** The stories sharing a band with {@code text}, most similar first, at most {@code k}. */
  public List<Hit> query(String text, int k) {
    int[] sig = signature(text);
    Map<Integer, Integer> agree = new HashMap<>();
    for (int b = 0; b < bands; b++) {
      List<Integer> hit = buckets.get(b).get(bandKey(sig, b));
      if (hit != null) {
        for (int d : hit) {
          agree.computeIfAbsent(d, x -> agreement(sig, signatures.get(x)));
        }
      }
    }
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(agree.entrySet());
    ranked.sort(
        Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      Map.Entry<Integer, Integer> e = ranked.get(i);
      out.add(new Hit(ids.get(e.getKey()), e.getValue() / (double) seedsA.length));
    }
    return out;
  }

  private int[] signature(String text) {
    List<String> w = Words.of(text).normalized();
    int[] sig = new int[seedsA.length];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int n = Math.max(1, w.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < Math.min(w.size(), i + SHINGLE); k++) {
        h = 31 * h + w.get(k).hashCode();
      }
      for (int f = 0; f < sig.length; f++) {
        int v = (int) ((seedsA[f] * h + seedsB[f]) >>> 33);
        if (v < sig[f]) {
          sig[f] = v;
        }
      }
    }
    return sig;
  }

  private long bandKey(int[] sig, int band) {
    long h = band;
    for (int r = band * rows; r < (band + 1) * rows; r++) {
      h = h * 1_000_003L + sig[r];
    }
    return h;
  }

  private static int agreement(int[] a, int[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        n++;
      }
    }
    return n;
  }
}
