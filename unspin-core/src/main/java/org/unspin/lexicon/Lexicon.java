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
   * The standard lexicon: the bundled n-gram model, WordNet 3.1, and MyThes when Debian's
   * mythes-en-us is installed. Loading takes about a second; build it once and share it.
   */
  public static Lexicon standard() {
    return new Lexicon(BundledModel.load(), standardThesaurus());
  }

  /** WordNet 3.1, plus MyThes when installed. */
  public static Thesaurus standardThesaurus() {
    List<Thesaurus> all = new ArrayList<>();
    all.add(WordNetThesaurus.load());
    MyThesThesaurus.loadInstalled().ifPresent(all::add);
    return all.size() == 1 ? all.get(0) : Thesaurus.union(all);
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
