package org.unspin.eval.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Running totals of one system on one dataset (or one page type of it). */
final class Tally {
  private final List<ShingleScore> scores = new ArrayList<>();
  private long[] nanos = new long[256];
  private int pages;
  int failures;
  int withFound;
  int withTotal;
  int withoutAbsent;
  int withoutTotal;
  int clean;
  int hrefRight;
  int hrefExpected;

  void page(long elapsedNanos) {
    if (pages == nanos.length) {
      nanos = Arrays.copyOf(nanos, pages * 2);
    }
    nanos[pages++] = elapsedNanos;
  }

  void score(ShingleScore s) {
    scores.add(s);
  }

  int pages() {
    return pages;
  }

  boolean scored() {
    return !scores.isEmpty();
  }

  /** Mean precision over pages that had a prediction (as upstream does). */
  double precision() {
    return scores.stream()
        .filter(ShingleScore::hasPrediction)
        .mapToDouble(ShingleScore::precision)
        .average()
        .orElse(0);
  }

  /** Mean recall over pages that had a truth. */
  double recall() {
    return scores.stream()
        .filter(ShingleScore::hasTruth)
        .mapToDouble(ShingleScore::recall)
        .average()
        .orElse(0);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }

  /** The q-quantile of per-page time in milliseconds (nearest rank). */
  double quantileMs(double q) {
    if (pages == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, pages);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * pages) - 1;
    return sorted[Math.max(0, Math.min(pages - 1, rank))] / 1e6;
  }

  double pagesPerSecond() {
    long total = 0;
    for (int i = 0; i < pages; i++) {
      total += nanos[i];
    }
    return total == 0 ? Double.NaN : pages / (total / 1e9);
  }
}
