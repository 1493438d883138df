package org.unspin.detect;

import org.unspin.internal.DirectMap;
import org.unspin.lexicon.LanguageModel;

/**
 * {@link Relatedness#signatureCached} behind a small direct-mapped table keyed by the model's word
 * code ({@link ContextScorer#stableTokens}): the one-sided offer asks for the signature of every
 * follower it screens, hundreds per span, and a look-up by code is one or two memory reads where
 * the bounded cache's string key costs several. A code below {@link #DIRECT} (every word of the
 * bundled model) has a place of its own; other codes share a direct-mapped table, where a later
 * word landing on the same slot replaces the earlier one ({@link DirectMap}), so it holds at most
 * 2^{@link #BITS}. Safe for concurrent use (its entries are immutable; a race only asks the bounded
 * cache again).
 */
final class SignatureTable {

  private static final int BITS = 16;

  /** Codes below this have a place of their own ({@link #byCode}): the bundled model's words. */
  private static final int DIRECT = 1 << 17;

  private final Relatedness relatedness;
  private final DirectMap<Relatedness.Signature> slots = new DirectMap<>(BITS);

  /** The signature of each code below {@link #DIRECT}, once asked (one read, no collisions). */
  private final Relatedness.Signature[] byCode = new Relatedness.Signature[DIRECT];

  SignatureTable(Relatedness relatedness) {
    this.relatedness = relatedness;
  }

  /**
   * The signature of {@code word}, whose token is {@code token}: looked up by the token where the
   * scorer's tokens are the model's codes (distinct words have distinct codes, except the words no
   * layer knows), else by the word.
   */
  Relatedness.Signature get(String word, long token, ContextScorer scorer) {
    if (!scorer.stableTokens() || token == LanguageModel.Codes.UNKNOWN) {
      return relatedness.signatureCached(word);
    }
    if (token >= 0 && token < DIRECT) {
      Relatedness.Signature known = byCode[(int) token];
      if (known == null) {
        known = relatedness.signatureCached(word);
        byCode[(int) token] = known;
      }
      return known;
    }
    Relatedness.Signature known = slots.get(token);
    if (known == null) {
      known = relatedness.signatureCached(word);
      slots.put(token, known);
    }
    return known;
  }
}
