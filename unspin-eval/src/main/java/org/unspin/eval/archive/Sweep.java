package org.unspin.eval.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.archive.ArchiveSourceFinder;

/**
 * unspin's answers at other verification thresholds, read off one run: a query is answered with its
 * best verified candidate when that candidate's score reaches the threshold, "no source" otherwise,
 * which is what the finder itself does at that threshold.
 */
final class Sweep {

  /** The thresholds swept. */
  static final double[] THRESHOLDS = {0.40, 0.50, 0.55, 0.60, 0.62, 0.65, 0.70, 0.75, 0.80};

  private record Answer(boolean hasSource, boolean bestIsGold, boolean fullAtHalf, double score) {}

  private final List<Answer> answers = new ArrayList<>();

  /** Records one query's search: its best candidate and that candidate's score. */
  void add(EvalQuery q, String best, ArchiveSourceFinder.Search found) {
    answers.add(
        new Answer(
            q.hasSource(),
            best != null && q.golds().contains(best),
            q.variant() == EvalQuery.Variant.FULL && q.rate() == 0.5,
            found.result().bestScore()));
  }

  /** Puts {@code unspin.sweep.tNN.*} figures for every threshold into {@code m}. */
  void into(Map<String, Double> m) {
    for (double t : THRESHOLDS) {
      int absent = 0;
      int absentNone = 0;
      int none = 0;
      int withSource = 0;
      int found = 0;
      int fullHalf = 0;
      int fullHalfFound = 0;
      for (Answer a : answers) {
        boolean said = a.score() > 0 && a.score() >= t;
        none += said ? 0 : 1;
        if (!a.hasSource()) {
          absent++;
          absentNone += said ? 0 : 1;
          continue;
        }
        withSource++;
        boolean hit = said && a.bestIsGold();
        found += hit ? 1 : 0;
        if (a.fullAtHalf()) {
          fullHalf++;
          fullHalfFound += hit ? 1 : 0;
        }
      }
      String key = key(t);
      m.put(key + ".noSource.precision", none == 0 ? 1 : absentNone / (double) none);
      m.put(key + ".noSource.recall", absent == 0 ? 1 : absentNone / (double) absent);
      m.put(key + ".recall1.all", withSource == 0 ? 0 : found / (double) withSource);
      m.put(key + ".recall1.full.r05", fullHalf == 0 ? 0 : fullHalfFound / (double) fullHalf);
    }
  }

  /** The sweep as a table. */
  static String table(Map<String, Double> m) {
    StringBuilder sb = new StringBuilder("threshold sweep (unspin): threshold, \"no source\"");
    sb.append(" precision / recall, recall@1 all copies, recall@1 full at rate 0.5\n");
    for (double t : THRESHOLDS) {
      String key = key(t);
      if (!m.containsKey(key + ".noSource.precision")) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "  %.2f  %.3f / %.3f  %.3f  %.3f%n",
              t,
              m.get(key + ".noSource.precision"),
              m.get(key + ".noSource.recall"),
              m.get(key + ".recall1.all"),
              m.get(key + ".recall1.full.r05")));
    }
    return sb.toString();
  }

  private static String key(double t) {
    return String.format(Locale.ROOT, "unspin.sweep.t%02d", Math.round(t * 100));
  }
}
