package org.unspin.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.unspin.internal.BoundedMap;
import org.unspin.lexicon.FunctionWords;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Morphology;
import org.unspin.lexicon.SharedContexts;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.WordNetContrasts;

/**
 * Whether a candidate original is related in meaning to a suspect phrase: a thesaurus relation in
 * either direction (also between base forms, so "stated" relates to "said"), word by word for
 * phrases of equal length, two hops through a shared neighbour, or a known spin. Thread-safe; the
 * thesaurus answers are cached.
 */
final class Relatedness {

  /**
   * How two phrases are related; {@code strength} 0 means unrelated; {@code inflected} marks a
   * related word's form inflected as the span is (see {@link #candidates}); {@code contextual} a
   * relation from shared contexts alone (see {@link #relateInContext}); {@code phraseForWord} a
   * word related to a two-word phrase only through the thesaurus neighbours of the phrase or of its
   * words (see {@link #phraseForWord}).
   */
  record Relation(
      double strength, String why, boolean inflected, boolean contextual, boolean phraseForWord) {
    static final Relation NONE = new Relation(0, "");

    Relation(double strength, String why) {
      this(strength, why, false, false, false);
    }

    Relation(double strength, String why, boolean inflected, boolean contextual) {
      this(strength, why, inflected, contextual, false);
    }

    /**
     * This relation for a related word's form inflected as the span is: it may restore the span,
     * but only a wording related as it stands is evidence of spin.
     */
    Relation asInflected() {
      return new Relation(strength, why, true, contextual, phraseForWord);
    }
  }

  private static final int CACHE_LIMIT = 200_000;
  private static final int TWO_HOP_FANOUT = 12;

  private final Thesaurus thesaurus;

  /** Whether {@link #thesaurus} has loose relations ({@link Thesaurus#hasLoose}). */
  private final boolean hasLoose;

  private final KnownSpins known;
  private final BoundedMap<String, Set<String>> cache = new BoundedMap<>(CACHE_LIMIT);
  private final BoundedMap<String, Pending> candidateCache = new BoundedMap<>(CACHE_LIMIT);
  private final BoundedMap<Pair, Relation> relationCache = new BoundedMap<>(CACHE_LIMIT);
  private final BoundedMap<Pair, Relation> contextCache = new BoundedMap<>(CACHE_LIMIT);

  /**
   * Two phrases as one cache key: its hash comes from the phrases' own (cached) hashes, where a
   * joined string would be built and hashed again on every look-up.
   */
  private record Pair(String spun, String original) {}

  /** Distributional evidence, built on first use; null when there is none. */
  private final Supplier<SharedContexts> contexts;

  private volatile SharedContexts builtContexts;
  private final WordNetContrasts contrasts;
  private final Morphology morphology;
  private final LanguageModel model;

  Relatedness(Thesaurus thesaurus, KnownSpins known) {
    this(thesaurus, known, null, WordNetContrasts.NONE, null);
  }

  /**
   * Relatedness that also counts shared contexts in {@code model} (distributional similarity),
   * except between words WordNet sets against each other ({@code contrasts}), and offers candidates
   * inflected like the span ({@code morphology}, or none when null).
   */
  Relatedness(
      Thesaurus thesaurus,
      KnownSpins known,
      LanguageModel model,
      WordNetContrasts contrasts,
      Morphology morphology) {
    this.morphology = morphology;
    this.model = model;
    this.thesaurus = thesaurus;
    this.hasLoose = thesaurus.hasLoose();
    this.known = known;
    this.contexts = model == null ? null : () -> SharedContexts.cached(model);
    this.contrasts = contrasts;
  }

  /** The thesaurus neighbours of a phrase and of its base forms. */
  Set<String> neighbours(String phrase) {
    return cache.get(phrase, this::neighboursOf);
  }

  private Set<String> neighboursOf(String phrase) {
    Set<String> out = new LinkedHashSet<>();
    for (String form : Inflections.baseForms(phrase)) {
      List<String> related;
      try {
        related = thesaurus.related(form);
      } catch (RuntimeException e) {
        related = List.of();
      }
      out.addAll(related);
    }
    out.remove(phrase);
    // thesaurus order (best first), the same in every run (Set.copyOf's order varies per JVM)
    return Collections.unmodifiableSet(out);
  }

  /**
   * The loose thesaurus neighbours ({@link Thesaurus#loose}) of a phrase and of its base forms that
   * are no {@link #neighbours}: the detector's broad dictionary's own associations.
   */
  Set<String> looseNeighbours(String phrase) {
    // without a broad dictionary (the default) nothing is asked, cached or hashed on this hot path
    return hasLoose ? looseCache.get(phrase, this::looseNeighboursOf) : Set.of();
  }

  private Set<String> looseNeighboursOf(String phrase) {
    Set<String> out = new LinkedHashSet<>();
    for (String form : Inflections.baseForms(phrase)) {
      try {
        out.addAll(thesaurus.loose(form));
      } catch (RuntimeException e) {
        // a broken broad dictionary adds nothing
      }
    }
    out.remove(phrase);
    out.removeAll(neighbours(phrase));
    return out.isEmpty() ? Set.of() : Collections.unmodifiableSet(out);
  }

  private final BoundedMap<String, Set<String>> looseCache = new BoundedMap<>(CACHE_LIMIT);

  /**
   * The strength of a relation only the loose thesaurus knows ({@link Thesaurus#loose}): below
   * {@link #WEAK}, so such a wording may restore a span but is never flagged. It is also marked
   * {@link Relation#phraseForWord}: the detector keeps the wording apart, so it never displaces the
   * wordings that make a finding and is never evidence of spin. On the evaluation subset (rate 0.2,
   * Reuters counts) the weak strength, or weak only where the model's shared contexts confirm the
   * pair, raised held-out recall but lowered restoration in the cross pairings below their minimums
   * (and the weak strength raised false flags on real news); see docs/BENCHMARKS.md, spin round 13.
   */
  static final double LOOSE = 0.35;

  private List<String> inflectedLike(String lemma, String surface) {
    try {
      return morphology.inflectLike(lemma, surface);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** A candidate original, its words, and how it relates to the suspect phrase. */
  record Related(String phrase, String[] words, Relation rel) {}

  /**
   * The related candidates for a phrase: known originals, its thesaurus neighbours, and for a
   * single word also the neighbours of its first neighbours (a spinner's pair our thesaurus lacks
   * is often two hops away) and the words it may be built on ({@link #stems}: "help" for "helper"),
   * for a two-word phrase the thesaurus lists also the words it may stand for ({@link
   * #phraseForWordCandidates}); each of at most three words and related (strength above 0), in that
   * order, then each one-word candidate's form inflected as a one-word phrase is ("contrives":
   * "plan", then "plans"), marked {@link Relation#inflected}: {@link #pending}, each related.
   */
  List<Related> candidates(String phrase) {
    Pending p = pending(phrase);
    List<Related> out = new ArrayList<>();
    for (int k = 0; k < p.size(); k++) {
      Related r = p.related(k);
      if (r != null) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The candidates of a phrase, looked up once, before their relations are worked out: the detector
   * drops most of them by their neighbours first, and relates only the rest.
   */
  Pending pending(String phrase) {
    return candidateCache.get(phrase, this::pendingOf);
  }

  private Pending pendingOf(String phrase) {
    Set<String> phrases = new LinkedHashSet<>();
    for (KnownSpins.Original o : known.originalsOf(phrase)) {
      phrases.add(o.phrase());
    }
    phrases.addAll(findCandidates(phrase));
    phrases.addAll(looseNeighbours(phrase));
    phrases.remove(phrase);
    return new Pending(this, phrase, phrases);
  }

  /**
   * A span's candidate phrases in the order of {@link #candidates}, each related when first asked:
   * the thesaurus and known candidates, then, when the span is one word, every form of a one-word
   * candidate inflected as the span is, in the order of the candidates and their forms. A form
   * stands (with its candidate's relation, {@link Relation#asInflected}) exactly where {@link
   * #candidates} puts it: when its candidate is related, it is no related candidate itself, and no
   * earlier related candidate gave it. Safe for concurrent use (an answer may be worked out twice,
   * always the same).
   */
  static final class Pending {
    private final Relatedness owner;
    private final String span;
    private final String[] phrases;
    private final String[][] words;

    /** Entries {@code [0, plain)} are candidates; the rest are inflected forms. */
    private final int plain;

    /**
     * For a form: its candidate, the candidate spelled as it (or -1), its previous entry (or -1).
     */
    private final int[] source;

    private final int[] same;
    private final int[] previous;
    private final Relation[] known;

    /** Of each entry: 0 not yet related, 1 related, -1 not (read without its relation). */
    private final byte[] state;

    private Pending(Relatedness owner, String span, Collection<String> candidates) {
      this.owner = owner;
      this.span = span;
      List<String> ps = new ArrayList<>();
      List<String[]> ws = new ArrayList<>();
      Map<String, Integer> at = new HashMap<>();
      for (String c : candidates) {
        String[] w = c.split(" ");
        if (w.length <= 3) {
          at.put(c, ps.size());
          ps.add(c);
          ws.add(w);
        }
      }
      this.plain = ps.size();
      List<int[]> links = new ArrayList<>();
      if (owner.morphology != null && span.indexOf(' ') < 0) {
        Map<String, Integer> last = new HashMap<>();
        for (int k = 0; k < plain; k++) {
          if (ws.get(k).length != 1) {
            continue;
          }
          for (String form : owner.inflectedLike(ps.get(k), span)) {
            if (!form.equals(span)) {
              Integer prev = last.put(form, ps.size());
              Integer twin = at.get(form);
              links.add(new int[] {k, twin == null ? -1 : twin, prev == null ? -1 : prev});
              ps.add(form);
              ws.add(new String[] {form});
            }
          }
        }
      }
      this.phrases = ps.toArray(new String[0]);
      this.words = ws.toArray(new String[0][]);
      int n = phrases.length;
      this.source = new int[n];
      this.same = new int[n];
      this.previous = new int[n];
      for (int k = plain; k < n; k++) {
        int[] link = links.get(k - plain);
        source[k] = link[0];
        same[k] = link[1];
        previous[k] = link[2];
      }
      this.known = new Relation[n];
      this.state = new byte[n];
    }

    int size() {
      return phrases.length;
    }

    String phrase(int k) {
      return phrases[k];
    }

    String[] words(int k) {
      return words[k];
    }

    /** Entry {@code k} with its relation, or null where it is unrelated or stands elsewhere. */
    Related related(int k) {
      if (state[k] < 0) {
        return null;
      }
      Relation r = relation(k);
      return r.strength() > 0 ? new Related(phrases[k], words[k], r) : null;
    }

    /**
     * Whether entry {@code k} is already known to be unrelated or to stand elsewhere ({@link
     * #related} null), without relating it.
     */
    boolean knownUnrelated(int k) {
      return state[k] < 0;
    }

    private Relation relation(int k) {
      Relation hit = known[k];
      if (hit != null) {
        return hit;
      }
      Relation r;
      if (k < plain) {
        r = owner.relate(span, phrases[k]);
      } else {
        Relation from = relation(source[k]);
        r = from.strength() > 0 && !given(k) ? from.asInflected() : Relation.NONE;
      }
      known[k] = r;
      state[k] = (byte) (r.strength() > 0 ? 1 : -1);
      return r;
    }

    /** Whether form {@code k} is a related candidate or given by an earlier related candidate. */
    private boolean given(int k) {
      if (same[k] >= 0 && relation(same[k]).strength() > 0) {
        return true;
      }
      for (int p = previous[k]; p >= 0; p = previous[p]) {
        if (relation(source[p]).strength() > 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@link #relate}, remembered (for fill-in candidates, which recur from text to text). */
  Relation relateCached(String spun, String original) {
    return relationCache.get(new Pair(spun, original), p -> relate(p.spun(), p.original()));
  }

  /**
   * What a word could share with a one-word span it relates to ({@link #relate}), as hashes: its
   * thesaurus neighbours and base forms, and the first and last {@link #MIN_STEM} letters of each
   * base form (a shared stem begins or ends both). A word whose signature meets nothing in a span's
   * is unrelated to it, unless one abbreviates the other or it is a known original ({@link
   * Screen#mayRelate}). Hashes may collide, which only lets an unrelated word through.
   */
  Signature signature(String word) {
    Set<String> near = neighbours(word);
    Set<String> loose = looseNeighbours(word);
    List<String> forms = Inflections.baseForms(word);
    int[] out = new int[near.size() + loose.size() + 3 * forms.size()];
    int n = 0;
    for (String x : near) {
      out[n++] = x.hashCode();
    }
    for (String x : loose) {
      out[n++] = x.hashCode();
    }
    for (String f : forms) {
      out[n++] = f.hashCode();
      if (f.length() >= MIN_STEM) {
        out[n++] = stemHash(f, true);
        out[n++] = stemHash(f, false);
      }
    }
    return new Signature(n == out.length ? out : Arrays.copyOf(out, n));
  }

  /**
   * {@link #signature}, remembered for up to {@link #SIGNATURES} words: a word recurs in many
   * neighbours' follower lists. One bounded cache per detector (signatures kept with each cached
   * list instead held a copy per list and exhausted a 2 GB heap over an evaluation run).
   */
  Signature signatureCached(String word) {
    return signatures.get(word, this::signature);
  }

  private final BoundedMap<String, Signature> signatures = new BoundedMap<>(SIGNATURES);

  /** How many words' signatures are kept. */
  private static final int SIGNATURES = 20_000;

  /** A hash of the first ({@code head}) or last {@link #MIN_STEM} letters of a word. */
  private static int stemHash(String w, boolean head) {
    int h = head ? 0x51ED270B : 0x2F0B3A4D;
    int from = head ? 0 : w.length() - MIN_STEM;
    for (int k = from; k < from + MIN_STEM; k++) {
      h = 31 * h + w.charAt(k);
    }
    return h;
  }

  /**
   * A one-word span's screen: its {@link #signature}, to tell cheaply which words cannot relate;
   * remembered (a span recurs from text to text).
   */
  Screen screen(String span) {
    return screens.get(
        span, w -> new Screen(w, !known.originalsOf(w).isEmpty(), signatureCached(w)));
  }

  private final BoundedMap<String, Screen> screens = new BoundedMap<>(SCREENS);

  /** How many spans' screens are kept. */
  private static final int SCREENS = 20_000;

  /**
   * A word's {@link #signature}: its hashes, sorted, so that two signatures meet by looking the
   * smaller one's hashes up in the larger one by halves, or by walking both when they are of a size
   * (a sorted array is a ninth of the memory of a hash set of its longs, and its reads are near
   * each other).
   */
  static final class Signature {
    private final int[] keys;

    private Signature(int[] keys) {
      this.keys = keys;
      Arrays.sort(keys);
    }

    /** The hashes (a copy). */
    int[] hashes() {
      return keys.clone();
    }

    /** How many hashes it holds. */
    int size() {
      return keys.length;
    }

    /** Its {@code j}th hash, in ascending order. */
    int hash(int j) {
      return keys[j];
    }

    /** Whether the two signatures share a hash. */
    boolean meets(Signature other) {
      int[] small = keys.length <= other.keys.length ? keys : other.keys;
      int[] large = small == keys ? other.keys : keys;
      if (small.length == 0
          || small[0] > large[large.length - 1]
          || large[0] > small[small.length - 1]) {
        return false;
      }
      if (8 * small.length < large.length) {
        for (int h : small) {
          if (Arrays.binarySearch(large, h) >= 0) {
            return true;
          }
        }
        return false;
      }
      // a walk of both whose steps are computed, not branched on: which side steps is as good as
      // random, and a mispredicted branch per hash cost more than the comparisons
      for (int i = 0, j = 0; i < small.length && j < large.length; ) {
        int a = small[i];
        int b = large[j];
        if (a == b) {
          return true;
        }
        i += a < b ? 1 : 0;
        j += a > b ? 1 : 0;
      }
      return false;
    }
  }

  /** See {@link #screen}. */
  static final class Screen {
    private final String span;
    private final boolean known;
    private final Signature signature;

    private Screen(String span, boolean known, Signature signature) {
      this.span = span;
      this.known = known;
      this.signature = signature;
    }

    /**
     * False only when {@link #relate} of the span and {@code word} (whose {@link #signature} is
     * given) is certainly {@link Relation#NONE}: a thesaurus relation either way or a shared
     * neighbour needs a shared entry, a shared stem a shared beginning or end, an abbreviation the
     * same first and last letter.
     */
    boolean mayRelate(String word, Signature other) {
      return byForm(word) || signature.meets(other);
    }

    /**
     * {@link #mayRelate(String, Signature)} told whether the signatures meet ({@code meets}, as
     * {@link ScreenIndex#meeting} finds it for many words at once).
     */
    boolean mayRelate(String word, boolean meets) {
      return meets || byForm(word);
    }

    /** The span's signature. */
    Signature signature() {
      return signature;
    }

    /** Whether the word may relate whatever the signatures: a known spin, or by its letters. */
    private boolean byForm(String word) {
      return known
          || word.isEmpty()
          || word.charAt(0) == span.charAt(0)
              && word.charAt(word.length() - 1) == span.charAt(span.length() - 1);
    }
  }

  private List<String> findCandidates(String phrase) {
    Set<String> direct = neighbours(phrase);
    List<String> out = new ArrayList<>(direct);
    if (phrase.indexOf(' ') < 0) {
      Set<String> seen = new HashSet<>(direct);
      int hops = 0;
      for (String n : direct) {
        if (n.indexOf(' ') >= 0 || hops++ == TWO_HOP_FANOUT) {
          continue;
        }
        for (String m : neighbours(n)) {
          if (m.indexOf(' ') < 0 && !m.equals(phrase) && seen.add(m)) {
            out.add(m);
          }
        }
      }
      for (String stem : stems(phrase)) {
        if (seen.add(stem)) {
          out.add(stem);
        }
      }
    } else {
      out.addAll(phraseForWordCandidates(phrase, direct));
    }
    return out;
  }

  /**
   * The one-word candidates of a two-word phrase that the thesaurus lists ({@link #phraseForWord}):
   * the neighbours of its neighbours, then the neighbours of its words but function words. A
   * spinner swaps a word for a phrase its dictionary lists ("requested" for "asked for"); when our
   * thesaurus lacks that pair, the word is often a neighbour of the phrase's other neighbours or of
   * one of its words.
   */
  private List<String> phraseForWordCandidates(String phrase, Set<String> direct) {
    String[] words = phrase.split(" ");
    if (words.length != 2 || direct.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>(direct);
    seen.add(phrase);
    int hops = 0;
    for (String n : direct) {
      if (hops++ == TWO_HOP_FANOUT) {
        break;
      }
      addWords(neighbours(n), seen, out);
    }
    for (String w : words) {
      if (!FunctionWords.contains(w)) {
        addWords(neighbours(w), seen, out);
      }
    }
    return out;
  }

  /** Adds the one-word phrases of {@code from} not yet {@code seen} to {@code out}. */
  private static void addWords(Set<String> from, Set<String> seen, List<String> out) {
    for (String m : from) {
      if (m.indexOf(' ') < 0 && seen.add(m)) {
        out.add(m);
      }
    }
  }

  /**
   * Whether a word is (a form of, or built on) one of the phrase's own words: dropping a word of a
   * phrase ("harder" for "hard problems") is no synonym swap.
   */
  private static boolean phraseHolds(String[] phrase, String word) {
    for (String w : phrase) {
      if (w.equals(word) || sameLemma(w, word) || sharesStem(w, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How a word relates to a two-word phrase that the thesaurus lists, or null: through thesaurus
   * neighbours they share ("requested" and "asked for" both beside "sought"), as two words do, or
   * weakly as a neighbour of one of the phrase's words but function words ("requested"~"asked").
   * Marked {@link Relation#phraseForWord}: the detector scores such a wording per word it predicts
   * and never counts it as evidence of spin. A phrase the thesaurus does not list is a free
   * combination of words, not a spinner's ("virtually unprecedented" for "new"), and relates to no
   * shorter wording this way.
   */
  private Relation phraseForWord(String spun, String original) {
    if (neighbours(spun).isEmpty()) {
      return null;
    }
    int shared = sharedNeighbours(spun, original);
    if (shared > 0) {
      return new Relation(
          shared >= 2 ? Math.min(0.8, 0.2 * shared + 0.2) : WEAK,
          "thesaurus: " + original + "~" + spun + " through " + shared + " shared neighbour(s)",
          false,
          false,
          true);
    }
    for (String w : spun.split(" ")) {
      if (!FunctionWords.contains(w) && direct(w, original)) {
        return new Relation(
            WEAK, "thesaurus: " + original + "~" + w + " of " + spun, false, false, true);
      }
    }
    return null;
  }

  /**
   * Whether one word (or a base form of it) is the first part of a compound that the other (or a
   * base form of it) is ("share" and "shareholders"): the first part of a compound is no synonym of
   * it, whether a stem or the fill-in search offers it.
   */
  boolean compoundPart(String a, String b) {
    for (String x : Inflections.baseForms(a)) {
      for (String y : Inflections.baseForms(b)) {
        if (compound(x, y) || compound(y, x)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word is its beginning {@code stem} joined to another word the model knows of at least
   * {@link #MIN_PART} letters ("share" + "holder", "head" + "lamps").
   */
  private boolean compound(String word, String stem) {
    if (model == null || !word.startsWith(stem)) {
      return false;
    }
    String rest = word.substring(stem.length());
    return rest.length() >= MIN_PART && model.count(List.of(rest)) > 0;
  }

  /** The shortest second part of a compound word ("time" in "daytime"). */
  private static final int MIN_PART = 3;

  /**
   * The words a word may be built on, by letters alone: every beginning of the word (or of a base
   * form of it) of at least {@link #MIN_STEM} letters that leaves two or more ("help" in "helper",
   * "power" in "powerfulness"); never for compounds written with a hyphen, whose parts are no
   * synonyms of them. Most beginnings are no words and fall to the neighbour check; the rest relate
   * weakly (a shared stem) and need the wider margin. Only beginnings: ends of words are mostly the
   * heads of compounds ("person" in "spokesperson"); the first part of a compound is offered but
   * not related ({@link #compoundPart}).
   */
  static List<String> stems(String word) {
    List<String> out = new ArrayList<>();
    if (word.indexOf('-') >= 0 || word.indexOf(' ') >= 0) {
      return out;
    }
    for (String w : Inflections.baseForms(word)) {
      for (int k = MIN_STEM; k < w.length() - 1; k++) {
        String head = w.substring(0, k);
        if (!out.contains(head) && !head.equals(word)) {
          out.add(head);
        }
      }
    }
    return out;
  }

  /** How {@code original} relates to {@code spun}; both lower-case, words separated by spaces. */
  Relation relate(String spun, String original) {
    if (spun.equals(original)) {
      return Relation.NONE;
    }
    for (KnownSpins.Original o : known.originalsOf(spun)) {
      if (o.phrase().equals(original)) {
        return new Relation(1.0, "seen spun before");
      }
    }
    if (sameLemma(spun, original)) {
      return Relation.NONE;
    }
    if (direct(spun, original)) {
      return confirmed(spun, original, new Relation(1.0, "thesaurus: " + original + "~" + spun));
    }
    String[] a = spun.split(" ");
    String[] b = original.split(" ");
    if (a.length == b.length && a.length > 1) {
      Relation r = wordByWord(a, b);
      if (r != null) {
        return r;
      }
    }
    if (a.length == 1 && b.length == 1) {
      if (compoundPart(spun, original)) {
        return Relation.NONE;
      }
      int shared = sharedNeighbours(spun, original);
      if (shared >= 2) {
        return new Relation(
            Math.min(0.8, 0.2 * shared + 0.2),
            "thesaurus: " + original + "~" + spun + " through " + shared + " shared neighbours");
      }
      if (sharesStem(spun, original)) {
        return new Relation(WEAK, "same stem: " + original + "~" + spun);
      }
      if (abbreviates(spun, original) || abbreviates(original, spun)) {
        return new Relation(WEAK, "abbreviation: " + original + "~" + spun);
      }
      if (shared == 1) {
        return new Relation(WEAK, "thesaurus: " + original + "~" + spun + " through a neighbour");
      }
    }
    if (a.length == 2 && b.length == 1 && !phraseHolds(a, original)) {
      Relation r = phraseForWord(spun, original);
      if (r != null) {
        return r;
      }
    }
    if (reaches(looseNeighbours(spun), original) || reaches(looseNeighbours(original), spun)) {
      return new Relation(LOOSE, "loose thesaurus: " + original + "~" + spun, false, false, true);
    }
    return Relation.NONE;
  }

  /**
   * The least {@link #similar} score for a relation from shared contexts alone (on the evaluation
   * subset, 0.05–0.2 traded recall for precision along one curve).
   */
  private static final double DIST_MIN = 0.1;

  /**
   * The strength of a relation from shared contexts alone: below {@link #WEAK}, so such a wording
   * may win the restoration but is never flagged on its own. Words used alike are often antonyms or
   * kinds of one thing that WordNet does not list, or unrelated: when one of them fits the context
   * best, the span is left alone. On the evaluation subset (rate 0.2, Reuters counts) a flaggable
   * strength of 0.5 raised held-out recall by 0.012 and false flags on clean stories by 0.3–0.8 per
   * 1,000 words in every pairing; leaving shared contexts out raised false flags by 0.1–0.3.
   */
  private static final double DIST_STRENGTH = 0.35;

  /**
   * From this {@link #similar} score a relation from shared contexts alone is weak ({@link #WEAK})
   * rather than {@link #DIST_STRENGTH}: such a wording is flagged, with the wider margin, but only
   * in a text that looks spun on other evidence (it is never evidence itself).
   */
  private static final double DIST_FLAG = 0.15;

  /** The fewest blanks a word must fill for its shared contexts to count. */
  private static final int DIST_CONTEXTS = 5;

  /**
   * Below this {@link #similar} score, a thesaurus relation between two words that are both seen in
   * at least {@link #DEMOTE_CONTEXTS} blanks is weak.
   */
  private static final double DEMOTE = 0.02;

  private static final int DEMOTE_CONTEXTS = 30;

  private SharedContexts contexts() {
    SharedContexts c = builtContexts;
    if (c == null) {
      c = contexts.get();
      builtContexts = c;
    }
    return c;
  }

  /**
   * {@link #relateCached}, and when that finds nothing, shared contexts: for candidates that fit
   * the context best (the detector asks only for its first few fillers).
   */
  Relation relateInContext(String spun, String original) {
    Relation r = relateCached(spun, original);
    if (r.strength() > 0 || contexts == null) {
      return r;
    }
    return contextCache.get(
        new Pair(spun, original),
        p -> {
          Relation d = distributional(p.spun(), p.original());
          return d == null ? Relation.NONE : d;
        });
  }

  /**
   * A thesaurus relation between two common words that share almost no contexts is weak: the
   * thesaurus pairs them in a sense the text does not use ("view"~"catch").
   */
  private Relation confirmed(String spun, String original, Relation r) {
    if (contexts == null || spun.indexOf(' ') >= 0 || original.indexOf(' ') >= 0) {
      return r;
    }
    SharedContexts c = contexts();
    if (Math.min(c.contexts(spun), c.contexts(original)) < DEMOTE_CONTEXTS) {
      return r;
    }
    double sim = similar(c, spun, original);
    return sim >= DEMOTE
        ? r
        : new Relation(
            WEAK, r.why() + String.format(Locale.ROOT, " (few shared contexts: %.2f)", sim));
  }

  /** A relation from shared contexts, or null. */
  private Relation distributional(String spun, String original) {
    if (spun.indexOf(' ') >= 0
        || original.indexOf(' ') >= 0
        || !isWord(spun)
        || !isWord(original)
        || sameLemma(spun, original)) {
      return null;
    }
    SharedContexts c = contexts();
    if (c.contexts(original) < DIST_CONTEXTS) {
      return null;
    }
    double sim = similar(c, spun, original);
    if (sim >= DIST_MIN && !contrasts.contrast(spun, original)) {
      return new Relation(
          sim >= DIST_FLAG ? WEAK : DIST_STRENGTH,
          String.format(Locale.ROOT, "shared contexts: %s~%s (%.2f)", original, spun, sim),
          false,
          true);
    }
    return null;
  }

  /**
   * How much of the rarer word's context weight lies in blanks the other fills too (0 when the
   * rarer is seen in too few blanks to judge).
   */
  private static double similar(SharedContexts c, String a, String b) {
    int na = c.contexts(a);
    int nb = c.contexts(b);
    if (Math.min(na, nb) < DIST_CONTEXTS) {
      return 0;
    }
    return na <= nb ? c.inclusion(a, b) : c.inclusion(b, a);
  }

  private static boolean isWord(String w) {
    if (w.length() < 3 || FunctionWords.contains(w)) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isLetter(w.charAt(k)) && w.charAt(k) != '-') {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> NUMBERS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "hundred",
          "thousand",
          "million",
          "billion",
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "half",
          "quarter",
          "dozen",
          "single",
          "double",
          "triple");

  /**
   * Whether two phrases are forms of one word (an inflection, a spelling variant) or two numbers:
   * grammar and quantity, never a synonym a spinner would swap in ("banks"/"bank",
   * "finalized"/"finalised", "four"/"five").
   */
  static boolean sameLemma(String a, String b) {
    if (NUMBERS.contains(a) && NUMBERS.contains(b)
        || FunctionWords.contains(a) && FunctionWords.contains(b)) {
      return true;
    }
    String va = spelling(a);
    String vb = spelling(b);
    if (va.equals(vb)) {
      return true;
    }
    List<String> fa = Inflections.baseForms(va);
    for (String y : Inflections.baseForms(vb)) {
      if (fa.contains(y)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code shorter} could abbreviate {@code longer}: at least two letters, no vowel after
   * the first, the same first and last letter, and its letters in order within the longer word
   * ("pct"~"percent", "yr"~"year"; not "man"~"mathematician").
   */
  static boolean abbreviates(String shorter, String longer) {
    int n = shorter.length();
    if (n < 2
        || FunctionWords.contains(shorter)
        || n + 2 > longer.length()
        || shorter.charAt(0) != longer.charAt(0)
        || shorter.charAt(n - 1) != longer.charAt(longer.length() - 1)) {
      return false;
    }
    int at = 1;
    for (int k = 1; k < n; k++) {
      at = longer.indexOf(shorter.charAt(k), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    for (int k = 0; k < n; k++) {
      char c = shorter.charAt(k);
      if (!Character.isLetter(c) || k > 0 && "aeiou".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** British spellings mapped to American ones ("organise" → "organize", "labour" → "labor"). */
  private static String spelling(String w) {
    return w.replace("ise", "ize").replace("isa", "iza").replace("our", "or");
  }

  /** The strength of weak relations, which need a wider language-model margin to be flagged. */
  static final double WEAK = 0.5;

  /** The shortest word kept whole inside another ("week" in "workweek") that counts as a stem. */
  private static final int MIN_STEM = 4;

  /**
   * Whether one word (or a base form of it) begins or ends the other: "workweek"~"week",
   * "quartern"~"quarter", "groupings"~"group". Spinners often swap a word for a longer or shorter
   * word built on it.
   */
  static boolean sharesStem(String a, String b) {
    for (String x : Inflections.baseForms(a)) {
      for (String y : Inflections.baseForms(b)) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= MIN_STEM
            && longer.length() > shorter.length()
            && (longer.startsWith(shorter) || longer.endsWith(shorter))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean direct(String a, String b) {
    return reaches(neighbours(a), b) || reaches(neighbours(b), a);
  }

  private static boolean reaches(Set<String> neighbours, String word) {
    if (neighbours.isEmpty()) {
      return false;
    }
    for (String form : Inflections.baseForms(word)) {
      if (neighbours.contains(form)) {
        return true;
      }
    }
    return false;
  }

  private Relation wordByWord(String[] a, String[] b) {
    StringBuilder why = new StringBuilder("thesaurus: ");
    int changed = 0;
    for (int k = 0; k < a.length; k++) {
      if (a[k].equals(b[k])) {
        continue;
      }
      if (!direct(a[k], b[k])) {
        return null;
      }
      if (changed++ > 0) {
        why.append(", ");
      }
      why.append(b[k]).append('~').append(a[k]);
    }
    return changed == 0 ? null : new Relation(0.9, why.toString());
  }

  /** How many thesaurus neighbours the two have in common (counting at most 4). */
  private int sharedNeighbours(String a, String b) {
    Set<String> na = neighbours(a);
    Set<String> nb = neighbours(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return 0;
    }
    Set<String> small = na.size() <= nb.size() ? na : nb;
    Set<String> large = small == na ? nb : na;
    int n = 0;
    for (String x : small) {
      if (large.contains(x) && ++n == 4) {
        break;
      }
    }
    return n;
  }
}
