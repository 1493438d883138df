package org.unspin.align;

/**
 * One stretch of an alignment: words the copy and the source share ({@link Kind#EQUAL}), or words
 * of the copy standing where the source has other words ({@link Kind#CHANGE}; either side may be
 * empty). Word indexes are half-open ranges into the two texts' {@link Words}.
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
    EQUAL,
    CHANGE
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
