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
 *     <p>A third signature weighs how unfamiliar the accused phrases are against the rest of the
 *     same text ({@link Contrast}): a spinner's words are new to the model where they stand, while
 *     a text from outside the counts' domain is new throughout, its accused phrases with it.
 * @param spunExcess the same in spun text
 * @param contrast the unfamiliarity contrast's calibration ({@link Contrast#NONE}: not weighed)
 */
public record DocumentVerdict(
    double cleanRate,
    double spunRate,
    double shape,
    double cleanExcess,
    double spunExcess,
    Contrast contrast) {

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

  /** A verdict that does not weigh the unfamiliarity contrast. */
  public DocumentVerdict(
      double cleanRate, double spunRate, double shape, double cleanExcess, double spunExcess) {
    this(cleanRate, spunRate, shape, cleanExcess, spunExcess, Contrast.NONE);
  }

  /** Checks the parameters, with the values in the message. */
  public DocumentVerdict {
    if (contrast == null) {
      throw new IllegalArgumentException("need a contrast (Contrast.NONE for none)");
    }
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
    return score(excess, words, Unfamiliarity.NONE);
  }

  /**
   * The score in 0..1 for a text of {@code words} words with candidate flags whose log ratios
   * exceed the flag threshold by {@code excess} (each at least 0), and the text's bigrams unseen by
   * the model on and off the accused phrases ({@code unfamiliarity}, weighed by {@link #contrast}).
   */
  public double score(double[] excess, int words, Unfamiliarity unfamiliarity) {
    if (words <= 0) {
      return 0.5;
    }
    double c = cleanRate * words;
    double s = spunRate * words;
    double perFlag =
        Math.log(spunRate * (shape + c) / (cleanRate * (shape + s)))
            + Math.log(cleanExcess / spunExcess);
    double perExcess = 1 / cleanExcess - 1 / spunExcess;
    double llr = shape * Math.log((shape + c) / (shape + s)) + contrast.weigh(unfamiliarity);
    for (double e : excess) {
      llr += perFlag + perExcess * (e > 0 ? Math.min(MAX_EXCESS, e) : 0);
    }
    double score = 1 / (1 + Math.exp(-llr));
    return excess.length < MIN_FLAGS ? Math.min(0.5, score) : score;
  }

  /** A copy that weighs the unfamiliarity contrast as {@code c} says. */
  public DocumentVerdict withContrast(Contrast c) {
    return new DocumentVerdict(cleanRate, spunRate, shape, cleanExcess, spunExcess, c);
  }

  /**
   * The bigrams (adjacent tokens of one sentence) of a text and how many of them the model never
   * saw: those touching a word of an accused phrase (a candidate flag that is the verdict's
   * evidence) and the others, the text's baseline.
   *
   * @param bigrams the bigrams touching no accused word
   * @param unseen how many of those the model never saw
   * @param accused the bigrams touching an accused word
   * @param accusedUnseen how many of those the model never saw
   */
  public record Unfamiliarity(int bigrams, int unseen, int accused, int accusedUnseen) {

    /** No bigrams: weighs nothing. */
    public static final Unfamiliarity NONE = new Unfamiliarity(0, 0, 0, 0);

    /** Checks the counts (none negative, no more unseen than bigrams). */
    public Unfamiliarity {
      if (unseen < 0 || accusedUnseen < 0 || unseen > bigrams || accusedUnseen > accused) {
        throw new IllegalArgumentException(
            "bad bigram counts: "
                + bigrams
                + ", "
                + unseen
                + ", "
                + accused
                + ", "
                + accusedUnseen);
      }
    }
  }

  /**
   * How unfamiliar the accused phrases are against the rest of the same text, as a likelihood
   * ratio: each bigram touching an accused word is unseen by the model with a probability whose log
   * odds are an offset plus {@code slope} times the log odds of the text's own baseline (its other
   * bigrams unseen, smoothed toward {@link #PRIOR_UNSEEN} by {@link #PRIOR_BIGRAMS} bigrams), with
   * a clean and a spun offset. A text from outside the counts' domain has many unseen bigrams
   * throughout, so unseen accused bigrams are what clean text of its kind shows too; a spun text
   * has them mostly where the spinner swapped a word.
   *
   * @param cleanOffset the log-odds offset of clean text
   * @param spunOffset the same in spun text (larger)
   * @param slope how the accused bigrams' log odds follow the baseline's
   * @param weight the share of the log ratio the verdict weighs (0: none)
   */
  public record Contrast(double cleanOffset, double spunOffset, double slope, double weight) {

    /** Weighs nothing. */
    public static final Contrast NONE = new Contrast(0, 0, 0, 0);

    /**
     * The pseudo-bigrams a text's baseline starts from, so that a short text's few bigrams do not
     * decide its baseline alone: four, a sentence fragment's worth, chosen with the offsets (a
     * pseudo-count of 4 to 10 moved the calibration stories' verdicts by at most one).
     */
    static final double PRIOR_BIGRAMS = 4;

    /**
     * The share of those pseudo-bigrams that are unseen: the pooled share of unseen baseline
     * bigrams over the calibration texts (Reuters stories clean and spun over Reuters counts,
     * modern news articles and posts), 0.30.
     */
    static final double PRIOR_UNSEEN = 0.30;

    /** Checks the parameters. */
    public Contrast {
      if (!(weight >= 0 && weight <= 1) || weight > 0 && !(spunOffset > cleanOffset)) {
        throw new IllegalArgumentException(
            "need 0 <= weight <= 1 and cleanOffset < spunOffset: "
                + weight
                + ", "
                + cleanOffset
                + ", "
                + spunOffset);
      }
    }

    /** The log ratio (spun against clean) of a text's unfamiliarity, times the weight. */
    double weigh(Unfamiliarity u) {
      if (weight == 0 || u.accused() == 0) {
        return 0;
      }
      double p = (u.unseen() + PRIOR_BIGRAMS * PRIOR_UNSEEN) / (u.bigrams() + PRIOR_BIGRAMS);
      double x = slope * Math.log(p / (1 - p));
      double clean = 1 / (1 + Math.exp(-(cleanOffset + x)));
      double spun = 1 / (1 + Math.exp(-(spunOffset + x)));
      int seen = u.accused() - u.accusedUnseen();
      return weight
          * (u.accusedUnseen() * Math.log(spun / clean)
              + seen * Math.log((1 - spun) / (1 - clean)));
    }
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
