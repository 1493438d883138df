package org.unspin.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.unspin.internal.BoundedMap;
import org.unspin.lexicon.FunctionWords;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Morphology;

/**
 * Set phrases a two-word phrase may have been spun from: a spinner swaps one word of a set phrase
 * for a thesaurus neighbour ("supreme tribunal" for "supreme court"), which leaves a pair of words
 * the model has never counted where the kept word nearly always comes with the word it replaced.
 * Such a pair is evidence of its own, whatever the rest of the text looks like. Only pairs of
 * content words the model knows and has never seen together are asked; the set phrases are found
 * among the kept word's most frequent followers or predecessors (the model's index), so a pair
 * costs two cached lists. Bounded cache; safe for concurrent use.
 */
final class Collocations {

  /**
   * A set phrase found for a pair.
   *
   * @param words its two words, each the pair's word or a thesaurus neighbour of it (inflected as
   *     the pair's word is, where the model counts that form)
   * @param count how often the model counts it
   * @param association how many times as often as two independent words of its frequencies
   * @param companion the share of the kept word's occurrences in the set phrase
   */
  record SetPhrase(String[] words, long count, double association, double companion) {

    /** Its words joined by a space. */
    String phrase() {
      return words[0] + " " + words[1];
    }
  }

  /**
   * How many followers or predecessors of each word are read: the detector's one-sided lists (the
   * same limit on one {@link FillerCache}).
   */
  private final int listed;

  /** The fewest sightings of a set phrase. */
  static final long MIN_COUNT = 3;

  /**
   * How many times as often as independent words a set phrase must be seen: a pair of common words
   * seen a few times is no set phrase.
   */
  static final double MIN_ASSOCIATION = 20;

  /**
   * The least share of the kept word's occurrences that the set phrase must hold: a word that comes
   * with the original more often than not ("supreme" before "court"). A smaller share let clean
   * news through ("officials ordered" for "officials said", a pair the model lacks, with 38% of
   * "officials" before "said"; see docs/BENCHMARKS.md, spin round 10).
   */
  static final double MIN_COMPANION = 0.5;

  /** The most set phrases kept per pair (most frequent first). */
  private static final int KEEP = 4;

  private static final int CACHE = 100_000;

  private final LanguageModel lm;
  private final Relatedness relatedness;
  private final FillerCache fillers;
  private final Morphology morphology;
  private final double tokens;
  private final BoundedMap<String, List<SetPhrase>> cache = new BoundedMap<>(CACHE);

  Collocations(
      LanguageModel lm,
      Relatedness relatedness,
      FillerCache fillers,
      int listed,
      Morphology morphology) {
    this.lm = lm;
    this.relatedness = relatedness;
    this.fillers = fillers;
    this.listed = listed;
    this.morphology = morphology;
    this.tokens = Math.max(1, lm.tokens());
  }

  /**
   * Whether a pair of words is asked at all: two content words, each counted by the model, never
   * counted together.
   */
  boolean asks(String a, String b, ContextScorer scorer) {
    return !FunctionWords.contains(a)
        && !FunctionWords.contains(b)
        && LanguageModel.listable(a)
        && LanguageModel.listable(b)
        && scorer.count(a) > 0
        && scorer.count(b) > 0
        && scorer.count(new String[] {a, b}, 0, 2) == 0;
  }

  /**
   * The set phrases pair {@code a b} ({@link #asks}) may have been spun from, most frequent first:
   * one word kept, the other a thesaurus neighbour of the pair's word (not a spelling or form of
   * it), inflected alike and more frequent (a spinner swaps a word for a synonym, mostly a rarer
   * one), found among the kept word's most frequent followers or predecessors, holding at least
   * {@link #MIN_COMPANION} of the kept word's occurrences.
   */
  List<SetPhrase> of(String a, String b) {
    return cache.get(a + " " + b, k -> find(a, b));
  }

  private List<SetPhrase> find(String a, String b) {
    List<SetPhrase> out = new ArrayList<>();
    for (int side = 0; side < 2; side++) {
      String kept = side == 0 ? a : b;
      String spun = side == 0 ? b : a;
      Set<String> near = relatedness.neighbours(spun);
      if (near.isEmpty()) {
        continue;
      }
      long spunCount = lm.count(List.of(spun));
      for (String w : fillers.neighbours(kept, side == 0, listed).phrases()) {
        if (w.equals(spun)
            || Relatedness.sameLemma(w, spun)
            || !neighbour(near, w)
            || !inflectedAlike(w, spun)) {
          continue;
        }
        String[] words = side == 0 ? new String[] {kept, w} : new String[] {w, kept};
        long count = lm.count(List.of(words));
        long wCount = lm.count(List.of(w));
        if (count < MIN_COUNT || wCount <= spunCount || contains(out, words)) {
          continue;
        }
        long keptCount = lm.count(List.of(kept));
        double association = count * tokens / ((double) keptCount * wCount);
        double companion = (double) count / keptCount;
        if (association >= MIN_ASSOCIATION && companion >= MIN_COMPANION) {
          out.add(new SetPhrase(words, count, association, companion));
        }
      }
    }
    out.sort(Comparator.comparingLong(SetPhrase::count).reversed());
    return out.size() > KEEP ? List.copyOf(out.subList(0, KEEP)) : List.copyOf(out);
  }

  /** Whether {@code word} or a base form of it is among a word's thesaurus {@code near}. */
  private static boolean neighbour(Set<String> near, String word) {
    for (String f : Inflections.baseForms(word)) {
      if (near.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two words are inflected alike (a spinner keeps a word's form); true without WordNet.
   */
  private boolean inflectedAlike(String w, String spun) {
    return morphology == null || morphology.inflectedAlike(w, spun);
  }

  private static boolean contains(List<SetPhrase> found, String[] words) {
    for (SetPhrase s : found) {
      if (s.words()[0].equals(words[0]) && s.words()[1].equals(words[1])) {
        return true;
      }
    }
    return false;
  }
}
