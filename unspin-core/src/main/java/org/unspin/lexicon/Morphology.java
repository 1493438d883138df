package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.unspin.internal.BoundedMap;

/**
 * English inflection from WordNet's morphology: the base forms of an inflected verb or noun ("said"
 * → "say", "took part" → "take part", "agencies" → "agency") and the same inflection applied to
 * another lemma ("state" → "stated"). Thread-safe.
 */
public final class Morphology {

  /** WordNet once opened: its dictionary and each base word's shortest irregular form. */
  private record Opened(
      Dictionary dictionary,
      Map<String, String> irregularVerbs,
      Map<String, String> irregularNouns) {

    static Opened of(Dictionary dictionary) throws JWNLException {
      return new Opened(
          dictionary, irregulars(dictionary, POS.VERB), irregulars(dictionary, POS.NOUN));
    }
  }

  private final CompletableFuture<Opened> opened;

  private final WordNetTable table;

  Morphology(Dictionary dictionary, WordNetTable table) throws JWNLException {
    this(CompletableFuture.completedFuture(Opened.of(dictionary)), table);
  }

  private Morphology(CompletableFuture<Opened> opened, WordNetTable table) {
    this.opened = opened;
    this.table = table;
  }

  /**
   * WordNet 3.1's morphology, from the classpath, with the bundled table: one per JVM, shared (with
   * its dictionary) by every WordNet user. Opening WordNet's files takes 0.5–0.8 s of a cold start,
   * so the first call starts it on a background thread and returns at once; the bundled table
   * answers most questions without it, and the first question that needs the files waits for them.
   * When WordNet cannot be opened, only the table answers.
   */
  public static Morphology load() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Morphology INSTANCE = new Morphology(openInBackground(), WordNetTable.bundled());

    private static CompletableFuture<Opened> openInBackground() {
      CompletableFuture<Opened> opening = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  opening.complete(Opened.of(Dictionary.getDefaultResourceInstance()));
                } catch (Throwable e) { // whatever happens, waiting callers must be released
                  opening.completeExceptionally(e);
                }
              },
              "unspin-wordnet-open");
      t.setDaemon(true);
      t.start();
      return opening;
    }
  }

  /** WordNet's files, waiting while they open; null when they cannot be opened. */
  private Opened opened() {
    try {
      return opened.join();
    } catch (CompletionException | CancellationException e) {
      return null;
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
    return readings.get(phrase, p -> List.copyOf(analyzeLive(p)));
  }

  /**
   * Readings found by WordNet's processor, remembered (each takes a fraction of a millisecond, and
   * the thesauri and the detector ask about the same words).
   */
  private final BoundedMap<String, List<Analysis>> readings = new BoundedMap<>(READINGS);

  private static final int READINGS = 50_000;

  /** The readings found by WordNet's morphological processor. */
  List<Analysis> analyzeLive(String phrase) {
    Dictionary dictionary = dictionary();
    if (dictionary == null) {
      return List.of();
    }
    List<Analysis> out = new ArrayList<>(2);
    synchronized (dictionary) {
      try {
        analyze(dictionary, phrase, true, out);
        analyze(dictionary, phrase, false, out);
      } catch (JWNLException e) {
        return List.of();
      }
    }
    return out;
  }

  /** {@code lemma} inflected as the analysed phrase was. */
  String inflect(String lemma, Analysis analysis) {
    return analysis.inflection().apply(lemma, analysis.verb(), irregulars(analysis.verb()));
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
      String form = inflect(lemma, a);
      if (!form.equals(lemma) && !out.contains(form)) {
        out.add(form);
      }
    }
    return out;
  }

  /**
   * Whether two lower-case phrases are inflected alike: both uninflected ("use", "rigid"), or one
   * reading of each carries the same inflection ("uses" and "appeals": "-s"; "stated" and "said":
   * past; "supporting" and "putting out": "-ing"). A synonym swap keeps the word's form, so the
   * original of a spun word is nearly always inflected as the spun word is.
   */
  public boolean inflectedAlike(String a, String b) {
    int x = inflections(a);
    int y = inflections(b);
    return x == 0 ? y == 0 : (x & y) != 0;
  }

  /**
   * The forms of {@code phrase}'s word inflected as {@code surface} is ("helped" for "help" or
   * "helps" like "assisted", "publishing" for "published" like "putting out", "hand" for "hands"
   * like the uninflected "manus"), without {@code phrase} itself; empty when WordNet knows no such
   * form.
   */
  public List<String> reinflectLike(String phrase, String surface) {
    List<String> bases = new ArrayList<>(2);
    for (Analysis a : analyze(phrase)) {
      if (!bases.contains(a.base())) {
        bases.add(a.base());
      }
    }
    List<String> out = new ArrayList<>(2);
    if (bases.isEmpty()) {
      out.addAll(inflectLike(phrase, surface));
    } else if (inflections(surface) == 0) {
      out.addAll(bases);
    } else {
      for (String b : bases) {
        for (String form : inflectLike(b, surface)) {
          if (!form.equals(phrase) && !out.contains(form)) {
            out.add(form);
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether two lower-case phrases can be the same word class: unless both have inflected readings
   * and none of one's readings shares both part of speech and inflection with one of the other's.
   */
  public boolean sameWordClass(String a, String b) {
    List<Analysis> x = analyze(a);
    List<Analysis> y = analyze(b);
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    for (Analysis p : x) {
      for (Analysis q : y) {
        if (p.verb() == q.verb() && p.inflection() == q.inflection()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The forms of a one-word phrase's base words (the phrase itself uninflected, else each base of
   * its readings): each base and its inflections as verb and as noun, without {@code phrase}.
   */
  public List<String> otherForms(String phrase) {
    List<String> bases = new ArrayList<>(2);
    for (Analysis a : analyze(phrase)) {
      if (!bases.contains(a.base())) {
        bases.add(a.base());
      }
    }
    if (bases.isEmpty()) {
      bases.add(phrase);
    }
    List<String> out = new ArrayList<>(8);
    for (String b : bases) {
      if (!b.equals(phrase) && !out.contains(b)) {
        out.add(b);
      }
      for (boolean verb : new boolean[] {true, false}) {
        for (Inflection i : Inflection.values()) {
          if (!verb && i != Inflection.S) {
            continue;
          }
          String f = i.apply(b, verb, irregulars(verb));
          if (!f.equals(phrase) && !out.contains(f)) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  /** Whether a lower-case phrase has a reading as an inflected verb or noun. */
  public boolean inflected(String phrase) {
    return inflections(phrase) != 0;
  }

  /**
   * One base form of a lower-case phrase, the same in every run: the phrase itself when it has no
   * inflected reading, else the alphabetically first base of its readings ("builds" → "build",
   * "found" → "find", "building blocks" → "building block").
   */
  public String baseForm(String phrase) {
    String first = null;
    for (Analysis a : analyze(phrase)) {
      if (first == null || a.base().compareTo(first) < 0) {
        first = a.base();
      }
    }
    return first == null ? phrase : first;
  }

  /** The inflections of a phrase's readings, one bit per {@link Inflection} (0: uninflected). */
  private int inflections(String phrase) {
    int mask = 0;
    for (Analysis a : analyze(phrase)) {
      mask |= 1 << a.inflection().ordinal();
    }
    return mask;
  }

  /**
   * The dictionary, for a thesaurus sharing it (lock it while using it), waiting while it opens;
   * null when WordNet cannot be opened.
   */
  Dictionary dictionary() {
    Opened o = opened();
    return o == null ? null : o.dictionary();
  }

  /** A verb's or a noun's irregular forms by base word (none when WordNet cannot be opened). */
  private Map<String, String> irregulars(boolean verb) {
    Opened o = opened();
    return o == null ? Map.of() : verb ? o.irregularVerbs() : o.irregularNouns();
  }

  private static void analyze(
      Dictionary dictionary, String phrase, boolean verb, List<Analysis> out) throws JWNLException {
    POS pos = verb ? POS.VERB : POS.NOUN;
    String[] words = phrase.split(" ");
    String word = words[verb ? 0 : words.length - 1];
    boolean irregular = dictionary.getException(pos, word) != null;
    if (!irregular && !Inflection.mayEnd(word, verb)) {
      return; // no base form could give an inflection (Inflection.of): skip asking for them
    }
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
