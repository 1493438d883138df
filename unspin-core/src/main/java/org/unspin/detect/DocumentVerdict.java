package org.unspin.detect;

/**
 * The document verdict, a likelihood ratio of clean against spun text weighed over the whole text.
 * The evidence is the text's candidate flags: the non-overlapping phrases that would be flagged
 * were the text spun (a related wording much likelier in context), except those whose original is
 * rarer than the phrase and words restored to different wordings in one text (see {@code
 * LanguageSpinDetector.evidence}). Spinners leave many of them, and larger ones; clean text on a
 * topic the model knows little of leaves some, mostly small. So the score is naive Bayes over two
 * signatures measured per word: how many candidate flags the text has (Poisson, at a clean and a
 * spun rate per word) and how far each one's log ratio exceeds the flag threshold (exponential,
 * with a clean and a spun mean). Evidence accumulates with length, so a short text with no flags
 * stays uncertain while a long one becomes clean, and one flag is never a verdict (see {@link
 * #MIN_FLAGS}).
 *
 * <p>Calibrated on Reuters-21578 stories outside the evaluation share and left out of the counts,
 * clean and spun at rate 0.2 with a held-out thesaurus split of another seed than the evaluation's:
 * candidate flags per word 0.026 clean and 0.106 spun (pooled; since round 7 counting only the
 * evidence, 0.017 and 0.095), mean excess log ratio 2.9 clean and 6.6 spun (measured over all
 * candidate flags, not remeasured since); on modern news articles with the bundled model alone the
 * clean excess is also 2.85 and the spun one about 4 (with half the thesaurus). One pair of means
 * serves every calibration: with 6.6, document AUC on the modern articles spun at 0.2 was 0.920
 * against 0.898 with 4.3, and on Reuters within 0.001; only the rates are set per model. A flag
 * never counts as evidence of clean text: with the bundled model's rates, whose clean and spun flag
 * counts are close, a small flag counts for nothing instead.
 *
 * @param cleanRate candidate flags per word expected in clean text
 * @param spunRate candidate flags per word expected in spun text
 */
record DocumentVerdict(double cleanRate, double spunRate) {

  /** Mean excess log ratio of a candidate flag over the threshold in clean text. */
  static final double CLEAN_EXCESS = 2.9;

  /** The same in spun text. */
  static final double SPUN_EXCESS = 6.6;

  /**
   * Excess log ratios beyond this count as this much: a wording the model has never seen in any
   * context can make a ratio as large as it likes.
   */
  static final double MAX_EXCESS = 20;

  /**
   * Fewer candidate flags than this never make a text look spun (the score is then at most 0.5):
   * one improbable word is no verdict, however short the text around it.
   */
  static final int MIN_FLAGS = 2;

  DocumentVerdict {
    if (!(cleanRate > 0 && spunRate > cleanRate)) {
      throw new IllegalArgumentException(
          "need 0 < cleanRate < spunRate: " + cleanRate + ", " + spunRate);
    }
  }

  /**
   * The score in 0..1 for a text of {@code words} words with candidate flags whose log ratios
   * exceed the flag threshold by {@code excess} (each at least 0).
   */
  double score(double[] excess, int words) {
    if (words <= 0) {
      return 0.5;
    }
    double perFlag = Math.log(spunRate / cleanRate) + Math.log(CLEAN_EXCESS / SPUN_EXCESS);
    double perExcess = 1 / CLEAN_EXCESS - 1 / SPUN_EXCESS;
    double llr = -(spunRate - cleanRate) * words;
    for (double e : excess) {
      llr += Math.max(0, perFlag + perExcess * (e > 0 ? Math.min(MAX_EXCESS, e) : 0));
    }
    double score = 1 / (1 + Math.exp(-llr));
    return excess.length < MIN_FLAGS ? Math.min(0.5, score) : score;
  }

  /** The verdict for a score. */
  static SpinAnalysis.Verdict verdict(double score) {
    if (score >= 0.8) {
      return SpinAnalysis.Verdict.SPUN;
    }
    if (score <= 0.2) {
      return SpinAnalysis.Verdict.CLEAN;
    }
    return SpinAnalysis.Verdict.UNCERTAIN;
  }
}
