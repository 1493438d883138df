package org.unspin.align;

import java.util.ArrayList;
import java.util.List;

/**
 * A copy aligned against its source: the segments in copy order, and the phrase-level substitutions
 * read off them.
 *
 * @param copy the copy's words
 * @param source the source's words
 * @param segments equal and changed stretches, covering both texts in order
 */
public record Alignment(Words copy, Words source, List<Segment> segments) {

  /** Longest phrase (in words, either side) still read as one substitution rather than a gap. */
  public static final int MAX_PHRASE_WORDS = 6;

  /**
   * Longest change (in words, either side) read as back-to-back substitutions when its two sides
   * are about as long as each other.
   */
  public static final int MAX_SWAP_RUN = 12;

  /** Longest one-sided change (words only added or only dropped) read as a substitution. */
  public static final int MAX_ONE_SIDED_WORDS = 3;

  public Alignment {
    segments = List.copyOf(segments);
  }

  /**
   * A substituted phrase: offsets into the copy's and the source's text, the original wording and
   * both sides' normalized words.
   */
  public record PhrasePair(
      int copyStart,
      int copyEnd,
      String copyText,
      int sourceStart,
      int sourceEnd,
      String sourceText,
      String copyPhrase,
      String sourcePhrase) {}

  /** How many copy words are equal to source words. */
  public int equalWords() {
    int n = 0;
    for (Segment s : segments) {
      if (s.kind() == Segment.Kind.EQUAL) {
        n += s.copyLength();
      }
    }
    return n;
  }

  /**
   * Whether segment {@code i} is a substitution: a change short enough to be one phrase swapped for
   * another, or a longer run of back-to-back swaps with sides of similar length (one-sided changes
   * only when short and between equal stretches).
   */
  public boolean isSubstitution(int i) {
    Segment s = segments.get(i);
    if (s.kind() != Segment.Kind.CHANGE) {
      return false;
    }
    int longer = Math.max(s.copyLength(), s.sourceLength());
    int shorter = Math.min(s.copyLength(), s.sourceLength());
    if (shorter > 0) {
      return longer <= MAX_PHRASE_WORDS
          || (longer <= MAX_SWAP_RUN && longer - shorter <= longer / 3 + 1);
    }
    boolean inside =
        i > 0
            && i < segments.size() - 1
            && segments.get(i - 1).kind() == Segment.Kind.EQUAL
            && segments.get(i + 1).kind() == Segment.Kind.EQUAL;
    return inside && Math.max(s.copyLength(), s.sourceLength()) <= MAX_ONE_SIDED_WORDS;
  }

  /** Every substitution, in copy order. */
  public List<PhrasePair> substitutions() {
    List<PhrasePair> out = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      if (isSubstitution(i)) {
        out.add(pair(segments.get(i)));
      }
    }
    return out;
  }

  private PhrasePair pair(Segment s) {
    int cs = offset(copy, s.copyFrom(), s.copyTo(), true);
    int ce = offset(copy, s.copyFrom(), s.copyTo(), false);
    int ss = offset(source, s.sourceFrom(), s.sourceTo(), true);
    int se = offset(source, s.sourceFrom(), s.sourceTo(), false);
    return new PhrasePair(
        cs,
        ce,
        copy.text().substring(cs, ce),
        ss,
        se,
        source.text().substring(ss, se),
        copy.phrase(s.copyFrom(), s.copyTo()),
        source.phrase(s.sourceFrom(), s.sourceTo()));
  }

  /** Character offset of a word range; an empty range sits just after the word before it. */
  private static int offset(Words w, int from, int to, boolean start) {
    if (from < to) {
      return start ? w.starts()[from] : w.ends()[to - 1];
    }
    return from == 0 ? 0 : w.ends()[from - 1];
  }
}
