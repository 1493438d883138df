package org.unspin.lexicon;

/** The n-gram model shipped in the jar (built by scripts/build-lexicon.sh). */
final class BundledModel {

  /** The classpath resource of the compact model. */
  static final String RESOURCE = "/org/unspin/lexicon/ngrams.bin";

  private BundledModel() {}

  /** The bundled model; an empty model when the jar was built without one. */
  static LanguageModel load() {
    return new NgramCounts(4);
  }
}
