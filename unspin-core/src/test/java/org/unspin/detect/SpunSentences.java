package org.unspin.detect;

import java.util.Arrays;
import java.util.List;
import org.unspin.lexicon.NgramCounts;
import org.unspin.lexicon.Thesaurus;

/**
 * Invented wire-style sentences and a spun copy of three of them, for the tests of rules that act
 * only in a text judged spun: counted 30 times, {@link #CLEAN} makes a model in which {@link #SPUN}
 * (three swaps the thesaurus {@link #SWAPS} lists) looks spun.
 */
final class SpunSentences {

  /** Four sentences: a model counts them, one per line. */
  static final String CLEAN =
      """
      The board approved the merger on Tuesday.
      The company expects higher earnings this year.
      The minister said the plan would go ahead.
      Prices rose sharply in the first quarter.
      """;

  /** The first three sentences of {@link #CLEAN}, spun with {@link #SWAPS}. */
  static final String SPUN =
      "The board sanctioned the merger on Tuesday. The company anticipates higher earnings this"
          + " year. The minister said the scheme would go ahead. ";

  /** The thesaurus pairs {@link #SPUN} swapped, as {@link TinyThesaurus#of} takes them. */
  static final String[] SWAPS = {"approved=sanctioned", "expects=anticipates", "plan=scheme"};

  /** A thesaurus of {@link #SWAPS} and {@code more} pairs. */
  static Thesaurus thesaurus(String... more) {
    String[] pairs = Arrays.copyOf(SWAPS, SWAPS.length + more.length);
    System.arraycopy(more, 0, pairs, SWAPS.length, more.length);
    return TinyThesaurus.of(pairs);
  }

  /** A detector over 4-gram counts of {@code text} with {@link #thesaurus} of {@code more}. */
  static LanguageSpinDetector detector(List<String> text, String... more) {
    return new LanguageSpinDetector(
        NgramCounts.of(4, text),
        thesaurus(more),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults());
  }

  private SpunSentences() {}
}
