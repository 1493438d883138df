package org.unspin.eval.spin;

import java.util.List;

/** Area under the ROC curve of scores for positives against negatives (ties count half). */
final class Auc {
  private Auc() {}

  static double of(List<Double> positives, List<Double> negatives) {
    if (positives.isEmpty() || negatives.isEmpty()) {
      return Double.NaN;
    }
    double wins = 0;
    for (double p : positives) {
      for (double n : negatives) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / ((double) positives.size() * negatives.size());
  }
}
