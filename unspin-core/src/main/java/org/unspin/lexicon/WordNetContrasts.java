package org.unspin.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.unspin.internal.BoundedMap;

/**
 * Words that WordNet 3.1 sets against each other rather than equates: antonyms ("rise"/"fall",
 * "buy"/"sell", "high"/"low", also through an adjective's cluster head) and nouns that are
 * different kinds of one thing ("monday"/"tuesday", "wheat"/"corn": two different synsets with a
 * common direct hypernym). Words used in the same contexts are often such pairs, which a spinner
 * never swaps; this only ever says that two words contrast, never that they are synonyms. Inflected
 * forms are judged by their base forms. Thread-safe; answers are cached per word.
 */
public final class WordNetContrasts {

  /** Contrasts nothing (when WordNet cannot be opened). */
  public static final WordNetContrasts NONE = new WordNetContrasts(null);

  private static final int CACHE = 100_000;

  /** WordNet (its dictionary opens on first use), or null. */
  private final Morphology wordNet;

  private final BoundedMap<String, Facts> facts = new BoundedMap<>(CACHE);

  private WordNetContrasts(Morphology wordNet) {
    this.wordNet = wordNet;
  }

  /**
   * WordNet 3.1 from the classpath, sharing the dictionary of {@link Morphology#load} (which opens
   * in the background; the first contrast asked waits for it); contrasts nothing when it cannot be
   * opened.
   */
  public static WordNetContrasts load() {
    return Holder.INSTANCE;
  }

  /** WordNet's shared morphology ({@link Morphology#load}). */
  public static Morphology morphology() {
    return Holder.INSTANCE == NONE ? null : Morphology.load();
  }

  private static final class Holder {
    static final WordNetContrasts INSTANCE = open();

    private static WordNetContrasts open() {
      try {
        return new WordNetContrasts(Morphology.load());
      } catch (RuntimeException | LinkageError e) {
        return NONE;
      }
    }
  }

  /**
   * What WordNet says about one word: its opposites, its noun senses under each hypernym, and its
   * base forms in any part of speech (remembered with the rest: finding them takes WordNet's
   * morphological processor four times).
   */
  private record Facts(Set<String> opposites, Map<Long, Set<Long>> kinds, Set<String> bases) {
    static final Facts EMPTY = new Facts(Set.of(), Map.of(), Set.of());
  }

  /**
   * Whether WordNet sets the two single words (lower case) against each other: antonyms, or nouns
   * that are different kinds of one thing.
   */
  public boolean contrast(String a, String b) {
    if (wordNet == null || a.indexOf(' ') >= 0 || b.indexOf(' ') >= 0) {
      return false;
    }
    Dictionary dictionary = wordNet.dictionary();
    if (dictionary == null) {
      return false;
    }
    Facts fa = facts(dictionary, a);
    Facts fb = facts(dictionary, b);
    if (fa.opposites().contains(b) || fb.opposites().contains(a)) {
      return true;
    }
    for (String base : fb.bases()) {
      if (fa.opposites().contains(base)) {
        return true;
      }
    }
    for (String base : fa.bases()) {
      if (fb.opposites().contains(base)) {
        return true;
      }
    }
    for (Map.Entry<Long, Set<Long>> e : fa.kinds().entrySet()) {
      Set<Long> other = fb.kinds().get(e.getKey());
      if (other != null) {
        Set<Long> senses = new HashSet<>(e.getValue());
        senses.addAll(other);
        if (senses.size() >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  private Facts facts(Dictionary dictionary, String word) {
    return facts.get(word, w -> lookUp(dictionary, w));
  }

  private static Set<String> bases(Dictionary dictionary, String word) {
    Set<String> out = new LinkedHashSet<>();
    synchronized (dictionary) {
      for (POS pos : POS.getAllPOS()) {
        try {
          out.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word));
        } catch (JWNLException | RuntimeException e) {
          // no base form for this part of speech
        }
      }
    }
    return out;
  }

  private static Facts lookUp(Dictionary dictionary, String word) {
    Set<String> opposites = new HashSet<>();
    Map<Long, Set<Long>> kinds = new HashMap<>();
    Set<String> bases = bases(dictionary, word);
    Set<String> forms = new LinkedHashSet<>(bases);
    forms.add(word);
    synchronized (dictionary) {
      for (String form : forms) {
        for (POS pos : POS.getAllPOS()) {
          try {
            IndexWord iw = dictionary.getIndexWord(pos, form);
            if (iw == null) {
              continue;
            }
            for (Synset sense : iw.getSenses()) {
              addOpposites(sense, opposites);
              if (pos == POS.NOUN) {
                addKinds(sense, kinds);
              }
            }
          } catch (JWNLException | RuntimeException e) {
            // this part of speech tells nothing
          }
        }
      }
    }
    if (opposites.isEmpty() && kinds.isEmpty() && bases.isEmpty()) {
      return Facts.EMPTY;
    }
    return new Facts(Set.copyOf(opposites), Map.copyOf(kinds), Set.copyOf(bases));
  }

  private static void addOpposites(Synset sense, Set<String> out) throws JWNLException {
    addAntonyms(sense, out);
    // an adjective satellite's opposites are its cluster head's ("higher" → "high" ↔ "low")
    for (Pointer p : sense.getPointers(PointerType.SIMILAR_TO)) {
      addAntonyms(p.getTargetSynset(), out);
    }
  }

  private static void addAntonyms(Synset sense, Set<String> out) throws JWNLException {
    for (Pointer p : sense.getPointers(PointerType.ANTONYM)) {
      Synset target = p.getTargetSynset();
      addLemmas(target, out);
      for (Pointer q : target.getPointers(PointerType.SIMILAR_TO)) {
        addLemmas(q.getTargetSynset(), out);
      }
    }
  }

  private static void addLemmas(Synset s, Set<String> out) {
    for (Word w : s.getWords()) {
      out.add(w.getLemma().toLowerCase(Locale.ROOT));
    }
  }

  private static void addKinds(Synset sense, Map<Long, Set<Long>> kinds) throws JWNLException {
    for (PointerType type : List.of(PointerType.HYPERNYM, PointerType.INSTANCE_HYPERNYM)) {
      for (Pointer p : sense.getPointers(type)) {
        kinds
            .computeIfAbsent(p.getTargetSynset().getOffset(), k -> new HashSet<>())
            .add(sense.getOffset());
      }
    }
  }
}
