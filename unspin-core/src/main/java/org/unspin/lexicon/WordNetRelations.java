package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1's relations other than synonymy, as a thesaurus of weaker neighbours: a word's
 * derivationally related forms, pertainyms and "also see" words ("extensive" → "extend", "usual" →
 * "common"), and the lemmas of the synsets its senses point to as attributes, verb groups and
 * direct hypernyms ("critique" → "criticism"). Synsets holding the word itself are skipped, so no
 * synonym comes back this way ({@link WordNetThesaurus} gives those). Single lower-case words only,
 * by their base forms; each answer at most {@link #LIMIT} words, the most used senses first.
 * Thread-safe; answers are cached.
 */
public final class WordNetRelations implements Thesaurus {

  /** Relates nothing (when WordNet cannot be opened). */
  public static final Thesaurus NONE = Thesaurus.NONE;

  /** The most related words kept per word. */
  static final int LIMIT = 24;

  private final Morphology morphology;
  private final LookupCache cache = new LookupCache();

  private WordNetRelations(Morphology morphology) {
    this.morphology = morphology;
  }

  /** WordNet 3.1 from the classpath, sharing the dictionary of {@link Morphology#load}. */
  public static Thesaurus load() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Thesaurus INSTANCE = open();

    private static Thesaurus open() {
      try {
        return new WordNetRelations(Morphology.load());
      } catch (RuntimeException | LinkageError e) {
        return NONE;
      }
    }
  }

  @Override
  public List<String> related(String phrase) {
    if (phrase.isEmpty() || !isLowerWord(phrase)) {
      return List.of();
    }
    return cache.get(phrase, this::lookUp);
  }

  private List<String> lookUp(String word) {
    Dictionary dictionary = morphology.dictionary();
    if (dictionary == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    synchronized (dictionary) {
      try {
        Set<String> bases = new LinkedHashSet<>();
        bases.add(word);
        for (POS pos : POS.getAllPOS()) {
          bases.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word));
        }
        for (String base : bases) {
          for (POS pos : POS.getAllPOS()) {
            IndexWord index = dictionary.getIndexWord(pos, base);
            if (index != null) {
              for (Synset sense : index.getSenses()) {
                addRelated(sense, base, out);
              }
            }
          }
        }
        out.removeAll(bases);
      } catch (JWNLException e) {
        return List.of();
      }
    }
    out.remove(word);
    List<String> ranked = new ArrayList<>(out);
    return List.copyOf(ranked.subList(0, Math.min(LIMIT, ranked.size())));
  }

  /** The words one sense of {@code base} points to, other than its synonyms. */
  static final int MAX_KINDS = Integer.getInteger("unspin.maxkinds", 1000);

  static final String TYPES = System.getProperty("unspin.reltypes", "dpsavh");

  private static boolean use(PointerType t) {
    char c =
        t == PointerType.DERIVATION
            ? 'd'
            : t == PointerType.PERTAINYM
                ? 'p'
                : t == PointerType.SEE_ALSO
                    ? 's'
                    : t == PointerType.ATTRIBUTE ? 'a' : t == PointerType.VERB_GROUP ? 'v' : 'h';
    return TYPES.indexOf(c) >= 0;
  }

  private static void addRelated(Synset sense, String base, Set<String> out) throws JWNLException {
    for (Word w : sense.getWords()) {
      if (w.getLemma().equalsIgnoreCase(base)) {
        if (!isLowerCase(w.getLemma())) {
          return; // a name in this sense
        }
        for (Pointer p : w.getPointers()) {
          PointerType t = p.getType();
          if (t == PointerType.DERIVATION
              || t == PointerType.PERTAINYM
              || t == PointerType.SEE_ALSO) {
            String lemma = ((Word) p.getTarget()).getLemma();
            if (isLowerCase(lemma) && use(t)) {
              out.add(lemma);
            }
          }
        }
      }
    }
    for (Pointer p : sense.getPointers()) {
      PointerType t = p.getType();
      if (!p.isLexical()
          && (t == PointerType.ATTRIBUTE
              || t == PointerType.VERB_GROUP
              || t == PointerType.SEE_ALSO
              || t == PointerType.HYPERNYM)) {
        Synset target = p.getTargetSynset();
        if (!holds(target, base)
            && use(t)
            && (t != PointerType.HYPERNYM
                || target.getPointers(PointerType.HYPONYM).size() <= MAX_KINDS)) {
          for (Word w : target.getWords()) {
            if (isLowerCase(w.getLemma())) {
              out.add(w.getLemma());
            }
          }
        }
      }
    }
  }

  private static boolean holds(Synset synset, String lemma) {
    for (Word w : synset.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerWord(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerCase(String lemma) {
    return lemma.equals(lemma.toLowerCase(Locale.ROOT));
  }
}
