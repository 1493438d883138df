package org.unspin;

import java.nio.file.Path;

/**
 * The one options record for the whole pipeline; the CLI, the HTTP API and the Spark job each map
 * their own settings onto it.
 *
 * @param archive the archive directory to look sources up in, or null for the default per-user
 *     archive when it exists
 * @param maxAnalysedChars spin detection and source search look at no more than this many
 *     characters of a story (a story is rarely over 50,000); the rest is reported but not analysed,
 *     which bounds the time a huge page can take
 */
public record UnspinOptions(Path archive, int maxAnalysedChars) {

  /** The default bound on the characters analysed. */
  public static final int DEFAULT_MAX_ANALYSED_CHARS = 200_000;

  public UnspinOptions {
    if (maxAnalysedChars <= 0) {
      throw new IllegalArgumentException("maxAnalysedChars must be > 0: " + maxAnalysedChars);
    }
  }

  /** The defaults: the per-user archive when present, the default analysis bound. */
  public static UnspinOptions defaults() {
    return new UnspinOptions(null, DEFAULT_MAX_ANALYSED_CHARS);
  }

  /** A copy with another archive directory. */
  public UnspinOptions withArchive(Path dir) {
    return new UnspinOptions(dir, maxAnalysedChars);
  }

  /** A copy with another analysis bound. */
  public UnspinOptions withMaxAnalysedChars(int chars) {
    return new UnspinOptions(archive, chars);
  }
}
