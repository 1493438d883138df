package org.unspin.detect;

import org.unspin.lexicon.LanguageModel;

/**
 * {@link Relatedness#signatureCached} behind a small direct-mapped table keyed by the model's word
 * code ({@link ContextScorer#stableTokens}): the one-sided offer asks for the signature of every
 * follower it screens, hundreds per span, and a look-up by code is one or two memory reads where
 * the bounded cache's string key costs several. A later word landing on the same slot replaces the
 * earlier one, so the table holds at most {@link #SLOTS} signatures. Safe for concurrent use (its
 * entries are immutable; a race only asks the bounded cache again).
 */
final class SignatureTable {

  private static final int BITS = 16;
  private static final int SLOTS = 1 << BITS;

  private record Entry(long code, Relatedness.Signature signature) {}

  private final Relatedness relatedness;
  private final Entry[] slots = new Entry[SLOTS];

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
    int i = (int) (token * 0x9E3779B97F4A7C15L >>> (64 - BITS));
    Entry e = slots[i];
    if (e != null && e.code() == token) {
      return e.signature();
    }
    Relatedness.Signature s = relatedness.signatureCached(word);
    slots[i] = new Entry(token, s);
    return s;
  }
}
