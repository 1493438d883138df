package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
   * The standard lexicon: the bundled n-gram model, WordNet 3.1, and MyThes and Aiksaurus when
   * Debian's mythes-en-us and libaiksaurus-1.2-data are installed. Loading takes about a second;
   * build it once and share it.
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
   * WordNet 3.1, plus MyThes (with inflected forms) when installed; Aiksaurus (with inflected
   * forms, read from {@link AiksaurusThesaurus#installedDir}) when installed, as the {@link
   * Thesaurus#loose} relations: a broad dictionary's associations are weaker evidence.
   */
  public static Thesaurus standardThesaurus() {
    List<Thesaurus> all = new ArrayList<>();
    WordNetThesaurus wordNet = WordNetThesaurus.load();
    all.add(wordNet);
    MyThesThesaurus.loadInstalled()
        .ifPresent(m -> all.add(new InflectingThesaurus(m, wordNet.morphology())));
    Thesaurus strict = all.size() == 1 ? all.get(0) : Thesaurus.union(all);
    return AiksaurusThesaurus.loadInstalled()
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
