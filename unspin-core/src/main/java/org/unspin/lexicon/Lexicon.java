package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A language model and a thesaurus: what the spinner and the detector know about English.
 *
 * @param model n-gram counts
 * @param thesaurus related words and phrases
 */
public record Lexicon(LanguageModel model, Thesaurus thesaurus) {

  public Lexicon {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(thesaurus, "thesaurus");
  }

  /**
   * The standard lexicon: the bundled n-gram model, WordNet 3.1, and MyThes when Debian's
   * mythes-en-us is installed (and Aiksaurus, see {@link #looseRelations}). Loading takes about a
   * second; build it once and share it.
   */
  public static Lexicon standard() {
    return new Lexicon(BundledModel.load(), standardThesaurus());
  }

  /**
   * The n-gram model shipped in the jar: Brown corpus and State of the Union addresses, orders 1 to
   * 5, pruned (see docs/LEXICON.md).
   */
  public static CompactModel bundledModel() {
    return BundledModel.load();
  }

  /**
   * The system property that turns on Aiksaurus as the standard thesaurus's {@link Thesaurus#loose}
   * relations ({@code -Dunspin.looseRelations=true}). Off by default: offering every span its
   * Aiksaurus associations (up to about 150) raised held-out restoration 0.517 -> 0.543 but cost
   * about 45 % of detection speed on clean text (docs/BENCHMARKS.md, spin round 13).
   */
  public static final String LOOSE_PROPERTY = "unspin.looseRelations";

  /**
   * Aiksaurus (with inflected forms, read from {@link AiksaurusThesaurus#installedDir}) when it is
   * installed and {@value #LOOSE_PROPERTY} is true, otherwise empty.
   */
  public static Optional<AiksaurusThesaurus> looseRelations() {
    return looseRelations(AiksaurusThesaurus::loadInstalled);
  }

  /**
   * {@code installed} (asked only when {@value #LOOSE_PROPERTY} is true) or empty: the one place
   * the switch is read, for callers that load Aiksaurus anyway.
   */
  public static Optional<AiksaurusThesaurus> looseRelations(
      Supplier<Optional<AiksaurusThesaurus>> installed) {
    return Boolean.getBoolean(LOOSE_PROPERTY) ? installed.get() : Optional.empty();
  }

  /**
   * WordNet 3.1, plus MyThes (with inflected forms) when installed, plus {@link #looseRelations}
   * (with inflected forms) when turned on: a broad dictionary's associations are weaker evidence.
   */
  public static Thesaurus standardThesaurus() {
    List<Thesaurus> all = new ArrayList<>();
    WordNetThesaurus wordNet = WordNetThesaurus.load();
    all.add(wordNet);
    MyThesThesaurus.loadInstalled()
        .ifPresent(m -> all.add(new InflectingThesaurus(m, wordNet.morphology())));
    Thesaurus strict = all.size() == 1 ? all.get(0) : Thesaurus.union(all);
    return looseRelations()
        .map(a -> Thesaurus.withLoose(strict, new InflectingThesaurus(a, wordNet.morphology())))
        .orElse(strict);
  }

  /** This lexicon with {@code extra} counts (for example an archive's) added to its model's. */
  public Lexicon withCounts(LanguageModel extra) {
    return new Lexicon(LanguageModel.sum(model, extra), thesaurus);
  }

  /** This lexicon with another thesaurus. */
  public Lexicon withThesaurus(Thesaurus other) {
    return new Lexicon(model, other);
  }
}
