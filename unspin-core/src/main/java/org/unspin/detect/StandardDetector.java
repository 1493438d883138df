package org.unspin.detect;

import org.unspin.lexicon.Lexicon;

/**
 * The detector over the standard lexicon, loaded once per JVM on first use (the lexicon takes about
 * a second to load) and shared by every thread. If the lexicon cannot be loaded, every analysis is
 * {@link SpinAnalysis#nothing()}.
 */
public final class StandardDetector implements SpinDetector {

  private static final StandardDetector INSTANCE = new StandardDetector();

  private StandardDetector() {}

  /** The shared instance; nothing is loaded until the first analysis. */
  public static StandardDetector get() {
    return INSTANCE;
  }

  private static final class Holder {
    static final SpinDetector DETECTOR = load();

    private static SpinDetector load() {
      try {
        Lexicon lexicon = Lexicon.standard();
        return new LanguageSpinDetector(
            lexicon.model(),
            lexicon.thesaurus(),
            KnownSpins.NONE,
            LanguageSpinDetector.Settings.defaults());
      } catch (RuntimeException | LinkageError e) {
        return text -> SpinAnalysis.nothing();
      }
    }
  }

  @Override
  public SpinAnalysis analyze(String text) {
    return Holder.DETECTOR.analyze(text);
  }
}
