package org.unspin.archive;

/** Looks up the archived original of a (possibly spun, possibly partial) copy. */
public interface SourceFinder {

  /** The best source for {@code copyText}, or a result with no match and the best score seen. */
  Result find(String copyText);

  /**
   * @param match the verified source, or null when none passed verification
   * @param documents how many documents the archive holds
   * @param bestScore the best verification score seen, 0..1
   */
  record Result(SourceMatch match, long documents, double bestScore) {}
}
