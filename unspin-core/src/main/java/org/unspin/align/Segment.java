package org.unspin.align;

/**
 * One stretch of an alignment: words the copy and the source share ({@link Kind#EQUAL}), or words
 * of the copy standing where the source has other words ({@link Kind#CHANGE}; either side may be
 * empty), or words only one side has next to a change ({@link Kind#GAP}). Word indexes are
 * half-open ranges into the two texts' {@link Words}.
 *
 * @param kind equal or changed
 * @param copyFrom first copy word
 * @param copyTo copy word after the last
 * @param sourceFrom first source word
 * @param sourceTo source word after the last
 */
public record Segment(Kind kind, int copyFrom, int copyTo, int sourceFrom, int sourceTo) {

  /** Whether the two sides are the same words. */
  public enum Kind {
    /** the same words on both sides */
    EQUAL,
    /** other words on each side (or words on one side only) */
    CHANGE,
    /** a stretch only one side has, cut off a change: a dropped paragraph, an untaken tail */
    GAP
  }

  public Segment {
    if (copyFrom > copyTo || sourceFrom > sourceTo || copyFrom < 0 || sourceFrom < 0) {
      throw new IllegalArgumentException(
          "bad segment " + copyFrom + ".." + copyTo + " / " + sourceFrom + ".." + sourceTo);
    }
  }

  /** Words on the copy's side. */
  public int copyLength() {
    return copyTo - copyFrom;
  }

  /** Words on the source's side. */
  public int sourceLength() {
    return sourceTo - sourceFrom;
  }
}
