package org.unspin.detect;

/**
 * The detector's first pass: which spans get the full examination (the fill-in and thesaurus
 * candidates, the neighbour check and the candidate windows), decided from counts already at hand
 * before any candidate is built. Four screens, each measured on the spin evaluation's stories with
 * truth before it was tuned (docs/BENCHMARKS.md, spin round 13):
 *
 * <ul>
 *   <li>a word as frequent as a function word is not examined alone ({@link #plainWord}): a
 *       spinner's synonym is a content word, and a related wording twenty times likelier than a
 *       word this common in its context is all but never found;
 *   <li>a phrase of more words than get fill-in candidates is examined only when the thesaurus
 *       offers it a wording (its only candidates), which the detector asks before reading its
 *       context; this one is exact;
 *   <li>the second reading (the spans beside a restored candidate flag, read again with the
 *       restoration in their context) reads only the spans with a restored word within {@link
 *       #SECOND_REACH} of them; a span further from every restoration keeps its first reading;
 *   <li>and there is no second reading at all in a text the first reading puts far on the clean
 *       side ({@link #readAgain}).
 * </ul>
 */
final class SpanScreen {

  /**
   * The share of the model's tokens at and above which a word is plain: 2 per 1,000 tokens (the
   * commonest words of news English: articles, prepositions, pronouns, auxiliaries and the likes of
   * "said"). Trades recall for time: on the spin evaluation's 100 stories (the held-out and
   * wordnet-to-mythes pairings, clean and spun) words this common were 32 % of the one-word spans
   * that reached the candidate search and 6 % of its time, and held 8 of about 3,900 true findings;
   * at 1 per 1,000 they were 37 % of the spans and 7 % of the time but held 26; at 1 per 100, 17 %
   * and 2 % with 3.
   */
  static final double PLAIN_SHARE = 2e-3;

  /**
   * How far (in words) a restored word may lie from a span for the second reading to read the span
   * again. Trades recall for time: a restoration changes a span's neighbour check and candidates
   * only when it is the span's neighbour, and further out only the candidate windows' outer words;
   * on the warm benchmark's stories the spans two or three words from every restoration were 57 %
   * of those read again and 14 % of the detector's time, and their reading changed in 2 % of them
   * (it changed in 12 % of those beside a restoration).
   */
  static final int SECOND_REACH = 1;

  /**
   * The document score of the first reading at and below which the second reading is not made: a
   * text the first reading puts this far on the clean side (a thousand to one) is flagged only
   * where a finding is strong on its own, and reading the spans beside its candidate flags again
   * moves neither its verdict nor its flags enough to matter. Trades the verdict's second look for
   * time: on the warm benchmark's pool 43 of 100 clean stories and none of 100 spun ones stopped
   * after the first reading; the spin evaluation's rows (--limit 40) were the same to the last
   * digit with and without it.
   */
  static final double AGAIN_SCORE = 1e-3;

  /**
   * Whether the second reading is made after a first reading with document score {@code score}
   * ({@link DocumentVerdict#score}).
   */
  static boolean readAgain(double score) {
    return score > AGAIN_SCORE;
  }

  /**
   * The fewest occurrences that make a word plain, whatever its share: a share counted from fewer
   * is a small model's noise (in a model of a few thousand tokens every word is 2 per 1,000), not
   * the mark of a function word. The bundled model's plain words are seen about 10,000 times and
   * more, so this binds only in small models.
   */
  static final long MIN_PLAIN_COUNT = 1_000;

  /** The count at and above which a word is plain. */
  private final double plainCount;

  /**
   * A screen for a model of {@code tokens} tokens.
   *
   * @param tokens the model's token count (at least 1)
   */
  SpanScreen(double tokens) {
    this.plainCount = Math.max(MIN_PLAIN_COUNT, PLAIN_SHARE * tokens);
  }

  /** Whether a word seen {@code count} times is too common to be examined alone. */
  boolean plainWord(long count) {
    return count >= plainCount;
  }

  /**
   * Whether a word of {@code changed} other than those of span {@code [i, i + len)} lies within
   * {@link #SECOND_REACH} words of it: the spans the second reading reads again, and the first
   * reading's findings it replaces.
   */
  static boolean nearChange(boolean[] changed, int i, int len, int n) {
    for (int k = Math.max(0, i - SECOND_REACH); k < Math.min(n, i + len + SECOND_REACH); k++) {
      if (changed[k] && (k < i || k >= i + len)) {
        return true;
      }
    }
    return false;
  }
}
