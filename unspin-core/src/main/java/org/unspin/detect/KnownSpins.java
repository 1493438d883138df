package org.unspin.detect;

import java.util.List;

/**
 * Substitutions seen before (for example learned by aligning copies with their archived sources):
 * extra evidence for the detector, never its method.
 */
public interface KnownSpins {

  /** No known spins. */
  KnownSpins NONE = spun -> List.of();

  /**
   * The originals a lower-case spun phrase (words separated by single spaces) has been seen to
   * replace, most frequent first; empty when never seen.
   */
  List<Original> originalsOf(String spunPhrase);

  /** An original wording and how often it was seen replaced by the spun phrase. */
  record Original(String phrase, long count) {}
}
