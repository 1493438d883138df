package org.unspin.detect;

/**
 * The document verdict, a likelihood ratio of spun against clean text weighed over the whole text.
 * The evidence is the text's candidate flags: the non-overlapping phrases that would be flagged
 * were the text spun (a related wording much likelier in context), except those whose original is
 * rarer than the phrase and words restored to different wordings in one text (see {@code
 * LanguageSpinDetector.evidence}). Spinners leave many of them, and larger ones; clean text on a
 * topic the model knows little of leaves some, mostly small. So the score is naive Bayes over two
 * signatures: how many candidate flags the text has, and how far each one's log ratio exceeds the
 * flag threshold (exponential, with a clean and a spun mean; a flag below the break-even excess is
 * evidence of clean text).
 *
 * <p>The count is not Poisson at one rate per word: stories differ (a clean story on a topic the
 * model knows little of has more flags, a spinner changes 10 to 40% of the words), so each story's
 * rate is drawn from a gamma distribution around the calibrated rate, and the count is negative
 * binomial. With one shape {@code k} for both, the log ratio of a text of {@code n} words with
 * {@code x} flags is {@code k ln((k + c n) / (k + s n)) + x ln(s (k + c n) / (c (k + s n)))}: for a
 * short text each flag weighs less than {@code ln(s / c)} and the absence of flags says little, and
 * however long the text, its count alone never weighs more than the two gamma densities of its rate
 * allow (the Poisson model let a long text's count decide alone). As {@code k} grows, this is the
 * Poisson ratio.
 *
 * <p>Calibrated per model by {@code org.unspin.eval.spin.VerdictCalibration} (the figures are in
 * {@code LanguageSpinDetector.Settings.defaults()} and {@code StandardDetector}): on clean texts
 * with the product's thesaurus and the same texts spun at rate 0.2 with a held-out thesaurus split
 * of another seed than the evaluation's, the rates, the mean excesses (capped at {@link
 * #MAX_EXCESS}) and the shape whose verdicts have the least log loss on those clean and spun texts.
 * On the Reuters calibration stories that shape is 8 (fitted on the clean stories alone it is 3.2,
 * on the spun ones the counts are Poisson; the loss is 59 at 8, 76 at 3 and 108 at 100).
 *
 * @param cleanRate candidate flags per word expected in clean text
 * @param spunRate candidate flags per word expected in spun text
 * @param shape the gamma shape of the stories' rates around them (larger: more alike)
 * @param cleanExcess the mean excess log ratio of a candidate flag in clean text
 * @param spunExcess the same in spun text
 */
public record DocumentVerdict(
    double cleanRate, double spunRate, double shape, double cleanExcess, double spunExcess) {

  /**
   * Excess log ratios beyond this count as this much: a wording the model has never seen in any
   * context can make a ratio as large as it likes.
   */
  public static final double MAX_EXCESS = 20;

  /**
   * Fewer candidate flags than this never make a text look spun (the score is then at most 0.5):
   * one improbable word is no verdict, however short the text around it.
   */
  static final int MIN_FLAGS = 2;

  /** Scores from this are {@code spun}; only then is every candidate flag flagged. */
  static final double SPUN_SCORE = 0.8;

  /**
   * Scores from this are surely spun (a thesaurus pair is then flagged at the strict margin): with
   * story rates that vary, scores are less extreme than Poisson counts made them, and 0.95 now
   * holds the share of spun calibration stories that 0.99 held before (326 and 324 of 400; clean
   * ones 1 of 400 either way).
   */
  static final double SURE_SCORE = 0.95;

  /** Scores up to this are {@code clean}. */
  static final double CLEAN_SCORE = 0.2;

  /** Checks the parameters, with the values in the message. */
  public DocumentVerdict {
    if (!(cleanRate > 0 && spunRate > cleanRate)) {
      throw new IllegalArgumentException(
          "need 0 < cleanRate < spunRate: " + cleanRate + ", " + spunRate);
    }
    if (!(shape > 0 && cleanExcess > 0 && spunExcess > cleanExcess)) {
      throw new IllegalArgumentException(
          "need shape > 0 and 0 < cleanExcess < spunExcess: "
              + shape
              + ", "
              + cleanExcess
              + ", "
              + spunExcess);
    }
  }

  /**
   * The score in 0..1 for a text of {@code words} words with candidate flags whose log ratios
   * exceed the flag threshold by {@code excess} (each at least 0).
   */
  public double score(double[] excess, int words) {
    if (words <= 0) {
      return 0.5;
    }
    double c = cleanRate * words;
    double s = spunRate * words;
    double perFlag =
        Math.log(spunRate * (shape + c) / (cleanRate * (shape + s)))
            + Math.log(cleanExcess / spunExcess);
    double perExcess = 1 / cleanExcess - 1 / spunExcess;
    double llr = shape * Math.log((shape + c) / (shape + s));
    for (double e : excess) {
      llr += perFlag + perExcess * (e > 0 ? Math.min(MAX_EXCESS, e) : 0);
    }
    double score = 1 / (1 + Math.exp(-llr));
    return excess.length < MIN_FLAGS ? Math.min(0.5, score) : score;
  }

  /** The verdict for a score. */
  public static SpinAnalysis.Verdict verdict(double score) {
    if (score >= SPUN_SCORE) {
      return SpinAnalysis.Verdict.SPUN;
    }
    if (score <= CLEAN_SCORE) {
      return SpinAnalysis.Verdict.CLEAN;
    }
    return SpinAnalysis.Verdict.UNCERTAIN;
  }
}
