package org.unspin.detect;

import java.util.Arrays;
import org.unspin.lexicon.Morphology;

/**
 * Where a flagged word ends a phrase: spinners swap a thesaurus entry of several words as one unit
 * ("waits" → "holds off", "nuclear power" → "atomic power"), while the detector flags the one word
 * whose restoration fits ("holds" → "waits"). When the flagged word and its neighbour make a phrase
 * the detector's own thesaurus lists, the flag is widened to that phrase: restored to the flag's
 * wording alone when the neighbour no longer fits after it ("waits off" far less likely than
 * "waits"), or to the wording with the neighbour kept when that too is a listed phrase closely
 * related to the spun one ("nuclear power" for "atomic power"). Two flagged words that make a
 * listed phrase become one flag. Nothing is keyed to a phrase: the language model and the thesaurus
 * decide. Changes only where a flag ends, never whether a word is flagged or what the text's
 * verdict is.
 */
final class PhraseBoundary {

  /**
   * How much likelier (natural log) the flag's wording alone must be than the wording with the
   * neighbour kept for the neighbour to be taken into the flag. On the evaluation stories (three
   * pairings) 5× and 100× moved recall on multi-word substitutions by under 0.01 against 20× (see
   * docs/BENCHMARKS.md, spin round 12).
   */
  static final double DROP_MARGIN = Math.log(20);

  /** How closely the kept phrase must be related to the spun phrase (a thesaurus pair). */
  private static final double CLOSE = 0.9;

  /**
   * A flag widened to a phrase of two words.
   *
   * @param first the phrase's first word
   * @param length its number of words (2)
   * @param restored its restoration
   * @param why the reason, added to the flag's evidence
   */
  record Widened(int first, int length, String restored, String why) {}

  private static final String[] NONE = {};

  private final Relatedness relatedness;
  private final Morphology morphology;

  /** Over the detector's relations and its morphology (null: only the thesaurus's own forms). */
  PhraseBoundary(Relatedness relatedness, Morphology morphology) {
    this.relatedness = relatedness;
    this.morphology = morphology;
  }

  /**
   * Whether the thesaurus lists a two-word phrase, as it stands, with its last word's guessed base
   * forms ({@link Relatedness#neighbours}) or with its first word's base form ("shutting down" as
   * "shut down").
   */
  boolean listed(String first, String second) {
    if (!relatedness.neighbours(first + " " + second).isEmpty()) {
      return true;
    }
    if (morphology == null) {
      return false;
    }
    String base = morphology.baseForm(first);
    return !base.equals(first) && !relatedness.neighbours(base + " " + second).isEmpty();
  }

  /**
   * The flag of word {@code i} restored to {@code restored} widened to the listed phrase it makes
   * with a neighbour that no other flag covers ({@code taken}), or null when it stays as it is.
   */
  Widened widen(Tokens t, int i, String restored, boolean[] taken, ContextScorer scorer) {
    String[] r = restored.split(" ");
    Widened best = null;
    double bestMargin = Double.NEGATIVE_INFINITY;
    for (int side = 0; side < 2; side++) {
      int first = side == 0 ? i : i - 1;
      int partner = side == 0 ? i + 1 : i - 1;
      if (first < 0 || !t.joined(first) || taken[partner] || !word(t, partner)) {
        continue;
      }
      if (!LanguageSpinDetector.sameCaseRun(t, first, 2)) {
        continue;
      }
      String other = t.lower[partner];
      if (Arrays.asList(r).contains(other)) {
        continue;
      }
      String a = side == 0 ? t.lower[i] : other;
      String b = side == 0 ? other : t.lower[i];
      String pair = a + " " + b;
      if (!listed(a, b)) {
        continue;
      }
      String[] with = {other};
      String[] keep =
          side == 0
              ? LanguageSpinDetector.window(NONE, r, with)
              : LanguageSpinDetector.window(with, r, NONE);
      String kept = String.join(" ", keep);
      String[][] around = LanguageSpinDetector.around(t, t.lower, t.size, first, 2, scorer.order());
      double drop = logProb(scorer, around, r);
      double margin = drop - logProb(scorer, around, keep);
      if (margin >= DROP_MARGIN && margin > bestMargin) {
        bestMargin = margin;
        best =
            new Widened(
                first,
                2,
                restored,
                "'" + pair + "' is one thesaurus entry, and '" + kept + "' fits worse");
      } else if (margin < 0
          && -margin > bestMargin
          && keep.length == 2
          && listed(keep[0], keep[1])
          && relatedness.relateCached(pair, kept).strength() >= CLOSE) {
        bestMargin = -margin;
        best =
            new Widened(first, 2, kept, "'" + pair + "' and '" + kept + "' are thesaurus entries");
      }
    }
    return best;
  }

  /**
   * The restoration of two adjacent flagged words {@code i, i + 1} (restored to {@code r1}, {@code
   * r2}) that make a listed phrase, as one flag: the likeliest in context of either wording alone
   * and both together; null when they make no listed phrase.
   */
  Widened merge(Tokens t, int i, String r1, String r2, ContextScorer scorer) {
    if (!t.joined(i)
        || !LanguageSpinDetector.sameCaseRun(t, i, 2)
        || !listed(t.lower[i], t.lower[i + 1])) {
      return null;
    }
    String[][] around = LanguageSpinDetector.around(t, t.lower, t.size, i, 2, scorer.order());
    String best = null;
    double bestLp = Double.NEGATIVE_INFINITY;
    for (String r : new String[] {r1 + " " + r2, r1, r2}) {
      double lp = logProb(scorer, around, r.split(" "));
      if (lp > bestLp) {
        bestLp = lp;
        best = r;
      }
    }
    return new Widened(
        i,
        2,
        best,
        "'" + t.lower[i] + " " + t.lower[i + 1] + "' is one thesaurus entry, restored as one");
  }

  private static boolean word(Tokens t, int k) {
    String w = t.lower[k];
    return !w.isEmpty() && Character.isLetter(w.charAt(0)) && t.shape[k] != Tokens.OTHER;
  }

  /** The log-probability of {@code middle} and the right context after the left context. */
  private static double logProb(ContextScorer scorer, String[][] around, String[] middle) {
    String[] w = LanguageSpinDetector.window(around[0], middle, around[1]);
    return scorer.logProb(w, around[0].length, w.length);
  }
}
