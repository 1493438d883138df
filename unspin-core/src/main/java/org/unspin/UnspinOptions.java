package org.unspin;

import java.nio.file.Path;

/**
 * The one options record for the whole pipeline; the CLI, the HTTP API and the Spark job each map
 * their own settings onto it.
 *
 * @param archive the archive directory to look sources up in, or null for none
 */
public record UnspinOptions(Path archive) {

  /** The defaults: no archive. */
  public static UnspinOptions defaults() {
    return new UnspinOptions(null);
  }

  /** A copy with another archive directory. */
  public UnspinOptions withArchive(Path dir) {
    return new UnspinOptions(dir);
  }
}
