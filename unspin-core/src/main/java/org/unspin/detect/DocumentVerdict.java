package org.unspin.detect;

/**
 * The document verdict from how much was flagged, weighed against how much text there was: the
 * log-likelihood ratio of the flag count under a spun-text rate and a clean-text rate (Poisson), so
 * a short text with no flags stays uncertain while a long one becomes clean.
 *
 * @param cleanRate expected flagged evidence per word in clean text
 * @param spunRate expected flagged evidence per word in spun text
 */
record DocumentVerdict(double cleanRate, double spunRate) {

  /**
   * Rates of strict findings per word: clean Reuters stories have a median of about 0.017 and a
   * long tail; stories spun at rate 0.2 about 0.1 with a dictionary our thesaurus shares and 0.045
   * with pairs it lacks. With these rates a text needs about 0.04 per word to look spun.
   */
  static final DocumentVerdict DEFAULT = new DocumentVerdict(0.02, 0.07);

  DocumentVerdict {
    if (!(cleanRate > 0 && spunRate > cleanRate)) {
      throw new IllegalArgumentException(
          "need 0 < cleanRate < spunRate: " + cleanRate + ", " + spunRate);
    }
  }

  /**
   * The score in 0..1 for {@code evidence} (summed phrase confidences) over {@code words} words.
   */
  double score(double evidence, int words) {
    if (words <= 0) {
      return 0.5;
    }
    double llr = evidence * Math.log(spunRate / cleanRate) - (spunRate - cleanRate) * words;
    return 1 / (1 + Math.exp(-llr));
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
