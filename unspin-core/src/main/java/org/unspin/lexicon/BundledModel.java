package org.unspin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The n-gram model shipped in the jar (built by {@code scripts/build-lexicon.sh}). */
final class BundledModel {

  /** The classpath resource of the compact model. */
  static final String RESOURCE = "/org/unspin/lexicon/ngrams.bin";

  private BundledModel() {}

  /**
   * The bundled model.
   *
   * @throws IllegalStateException when the jar was built without it
   */
  static CompactModel load() {
    try (InputStream in = BundledModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled n-gram model " + RESOURCE + " is missing; run scripts/build-lexicon.sh");
      }
      return CompactModel.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled n-gram model " + RESOURCE, e);
    }
  }
}
