package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A thesaurus of base forms (such as MyThes) extended to inflected words: for "said" it also gives
 * the entries of "say" inflected the same way ("stated", "told"), interleaved with the entries of
 * "said" itself. No other grammar is fixed.
 */
public final class InflectingThesaurus implements Thesaurus {

  private final Thesaurus base;
  private final Morphology morphology;
  private final LookupCache cache = new LookupCache();

  public InflectingThesaurus(Thesaurus base, Morphology morphology) {
    this.base = Objects.requireNonNull(base, "base");
    this.morphology = Objects.requireNonNull(morphology, "morphology");
  }

  @Override
  public List<String> related(String phrase) {
    return cache.get(phrase, this::lookUp);
  }

  private List<String> lookUp(String phrase) {
    List<String> exact = base.related(phrase);
    List<String> inflected = new ArrayList<>();
    for (Morphology.Analysis a : morphology.analyze(phrase)) {
      for (String lemma : base.related(a.base())) {
        if (!lemma.equals(a.base())) {
          inflected.add(morphology.inflect(lemma, a));
        }
      }
    }
    if (inflected.isEmpty()) {
      return exact;
    }
    Set<String> merged = new LinkedHashSet<>();
    for (int i = 0; i < Math.max(exact.size(), inflected.size()); i++) {
      if (i < inflected.size()) {
        merged.add(inflected.get(i));
      }
      if (i < exact.size()) {
        merged.add(exact.get(i));
      }
    }
    merged.remove(phrase);
    return List.copyOf(merged);
  }
}
