package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.unspin.lexicon.internal.NgramHash;

/**
 * A seeded split of thesaurus pairs into kept and held-out ones, for evaluating with phrase pairs
 * the detector never saw: spin with {@link #only}, detect with {@link #without}. A pair is held out
 * in both directions ("big"/"large" and "large"/"big" together).
 */
public final class HeldOut {

  private final double share;
  private final long seed;

  /**
   * @param share the share of pairs held out, 0..1
   * @param seed the seed of the split
   */
  public HeldOut(double share, long seed) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in 0..1: " + share);
    }
    this.share = share;
    this.seed = seed;
  }

  /** Whether the pair of a phrase and a related phrase is held out. */
  public boolean isHeldOut(String phrase, String related) {
    String a = phrase.compareTo(related) <= 0 ? phrase : related;
    String b = a == phrase ? related : phrase;
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
