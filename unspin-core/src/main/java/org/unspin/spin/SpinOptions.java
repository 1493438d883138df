package org.unspin.spin;

/**
 * How the spinner works.
 *
 * @param rate the target share of the text's words to change, 0..1
 * @param seed the seed of every random choice
 * @param maxPhraseWords the longest phrase looked up in the thesaurus, 1..4 words
 * @param nameRate how often a name made of ordinary words ("White House") is spun, relative to
 *     other words, 0..1
 * @param choices how many of the thesaurus's best replacements a swap picks from
 */
public record SpinOptions(
    double rate, long seed, int maxPhraseWords, double nameRate, int choices) {

  public SpinOptions {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in 0..1: " + rate);
    }
    if (maxPhraseWords < 1 || maxPhraseWords > 4) {
      throw new IllegalArgumentException("maxPhraseWords must be 1..4: " + maxPhraseWords);
    }
    if (!(nameRate >= 0 && nameRate <= 1)) {
      throw new IllegalArgumentException("nameRate must be in 0..1: " + nameRate);
    }
    if (choices < 1) {
      throw new IllegalArgumentException("choices must be >= 1: " + choices);
    }
  }

  /** The defaults: rate 0.2, seed 1, phrases up to 4 words, names at 0.3 of the rate, 5 choices. */
  public static SpinOptions defaults() {
    return new SpinOptions(0.2, 1, 4, 0.3, 5);
  }

  /** A copy with another rate. */
  public SpinOptions withRate(double newRate) {
    return new SpinOptions(newRate, seed, maxPhraseWords, nameRate, choices);
  }

  /** A copy with another seed. */
  public SpinOptions withSeed(long newSeed) {
    return new SpinOptions(rate, newSeed, maxPhraseWords, nameRate, choices);
  }
}
