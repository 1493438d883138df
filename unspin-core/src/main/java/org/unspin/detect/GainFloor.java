package org.unspin.detect;

import java.util.Arrays;

/**
 * The least gain at which the next wording of a span can still change the span's finding, given the
 * wordings scored so far: below it, the wording's context window need not be read to the end
 * ({@link ContextScorer#logProbReaching}). A wording matters to the finding when it could be
 *
 * <ul>
 *   <li>the restoration: within {@code reach} of the best gain so far (the restoration is the best
 *       wording after bonuses and margins that together move a wording by at most {@code reach});
 *   <li>the likeliest wording or one of the three alternatives: among the four best gains of the
 *       wordings it is compared with;
 *   <li>the detecting wording (the likeliest not inflected): above the best gain of the uninflected
 *       ones, when it is uninflected;
 *   <li>the closely related wording of strict evidence: above the best gain of such wordings, when
 *       it is one.
 * </ul>
 *
 * <p>Wordings kept apart (a shorter wording for a phrase, a blind one) are compared with every
 * wording, the others with the others only (the finding may set the apart ones aside, and a set's
 * best gains are never above those of a larger set, so this floor is never too high for either
 * outcome). Exact: a wording below the floor is in none of those places whatever the later
 * wordings' gains, since every bound here only rises as wordings are added. Not safe for concurrent
 * use; one per span.
 */
final class GainFloor {

  /** The best gains kept per set: the likeliest wording and its three alternatives. */
  static final int KEPT = 4;

  private final double reach;
  private double best = Double.NEGATIVE_INFINITY;
  private final double[] topAll = newTop();
  private final double[] topOthers = newTop();
  private double uninflectedAll = Double.NEGATIVE_INFINITY;
  private double uninflectedOthers = Double.NEGATIVE_INFINITY;
  private double closeAll = Double.NEGATIVE_INFINITY;
  private double closeOthers = Double.NEGATIVE_INFINITY;

  /** A floor for one span whose restoration moves a wording's gain by at most {@code reach}. */
  GainFloor(double reach) {
    this.reach = reach;
  }

  private static double[] newTop() {
    double[] top = new double[KEPT];
    Arrays.fill(top, Double.NEGATIVE_INFINITY);
    return top;
  }

  /**
   * The least gain at which a wording can still change the finding ({@link
   * Double#NEGATIVE_INFINITY} until enough wordings are scored).
   *
   * @param apart kept apart from the others ({@code Scored.apart})
   * @param inflected its relation is an inflected one
   * @param close a closely related wording that may be strict evidence
   */
  double floor(boolean apart, boolean inflected, boolean close) {
    double f = Math.min(best - reach, apart ? topAll[KEPT - 1] : topOthers[KEPT - 1]);
    if (!inflected) {
      f = Math.min(f, apart ? uninflectedAll : uninflectedOthers);
    }
    if (close) {
      f = Math.min(f, apart ? closeAll : closeOthers);
    }
    return f;
  }

  /** Adds a scored wording (the flags as for {@link #floor}). */
  void add(double gain, boolean apart, boolean inflected, boolean close) {
    best = Math.max(best, gain);
    insert(topAll, gain);
    if (!inflected) {
      uninflectedAll = Math.max(uninflectedAll, gain);
    }
    if (close) {
      closeAll = Math.max(closeAll, gain);
    }
    if (!apart) {
      insert(topOthers, gain);
      if (!inflected) {
        uninflectedOthers = Math.max(uninflectedOthers, gain);
      }
      if (close) {
        closeOthers = Math.max(closeOthers, gain);
      }
    }
  }

  /** Puts {@code gain} among the best gains {@code top} (highest first) when it is one of them. */
  private static void insert(double[] top, double gain) {
    int i = KEPT;
    while (i > 0 && gain > top[i - 1]) {
      i--;
    }
    if (i < KEPT) {
      System.arraycopy(top, i, top, i + 1, KEPT - 1 - i);
      top[i] = gain;
    }
  }
}
