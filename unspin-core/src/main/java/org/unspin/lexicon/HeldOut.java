package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.unspin.lexicon.internal.NgramHash;

/**
 * A seeded split of thesaurus pairs into kept and held-out ones, for evaluating with phrase pairs
 * the detector never saw: spin with {@link #only}, detect with {@link #without}. A pair is held out
 * in both directions ("big"/"large" and "large"/"big" together). A split {@link #byBaseForms} holds
 * out a pair of base forms with all its inflected forms: a detector that looks up a spun word's
 * base form ("constructs" → "construct") must not find the pair the spinner used ("builds" →
 * "constructs") kept in its base forms ("build"/"construct").
 */
public final class HeldOut {

  private final double share;
  private final long seed;
  private final UnaryOperator<String> base;

  /**
   * A split of surface pairs, each pair on its own.
   *
   * @param share the share of pairs held out, 0..1
   * @param seed the seed of the split
   */
  public HeldOut(double share, long seed) {
    this(share, seed, UnaryOperator.identity());
  }

  /**
   * @param share the share of pairs held out, 0..1
   * @param seed the seed of the split
   * @param base the form a phrase is split by (its base form; the same for all its inflections)
   */
  public HeldOut(double share, long seed, UnaryOperator<String> base) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in 0..1: " + share);
    }
    this.share = share;
    this.seed = seed;
    this.base = base;
  }

  /**
   * A split of base-form pairs: a pair is held out exactly when the pair of its base forms is
   * ({@link Morphology#baseForm}), so inflected and base forms of a pair fall on the same side.
   */
  public static HeldOut byBaseForms(double share, long seed) {
    Morphology morphology = Morphology.load();
    return new HeldOut(share, seed, morphology::baseForm);
  }

  /** Whether the pair of a phrase and a related phrase is held out. */
  public boolean isHeldOut(String phrase, String related) {
    String x = base.apply(phrase);
    String y = base.apply(related);
    String a = x.compareTo(y) <= 0 ? x : y;
    String b = a == x ? y : x;
    long h = NgramHash.mix(seed ^ NgramHash.mix(a.hashCode() * 31L + b.hashCode()));
    h = NgramHash.mix(h ^ (a.length() * 0x9E3779B97F4A7C15L + b.length()));
    return (h >>> 11) * 0x1.0p-53 < share;
  }

  /** {@code thesaurus} without the held-out pairs. */
  public Thesaurus without(Thesaurus thesaurus) {
    return phrase -> filter(thesaurus.related(phrase), phrase, false);
  }

  /** Only the held-out pairs of {@code thesaurus}. */
  public Thesaurus only(Thesaurus thesaurus) {
    return phrase -> filter(thesaurus.related(phrase), phrase, true);
  }

  private List<String> filter(List<String> related, String phrase, boolean heldOut) {
    List<String> out = new ArrayList<>(related.size());
    for (String r : related) {
      if (isHeldOut(phrase, r) == heldOut) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }
}
