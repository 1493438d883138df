package org.unspin.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.unspin.internal.DirectMap;
import org.unspin.lexicon.LanguageModel;

/**
 * The candidate originals of one span (null where a fill-in candidate is unrelated; a thesaurus
 * candidate is related only when first asked, {@link Relatedness.Pending}), with the tokens ({@link
 * ContextScorer#token}) of each candidate's words in one flat array. The detector checks both
 * neighbour pairs of every candidate and drops most of them there; reading their tokens from one
 * array costs far less than following each candidate's objects to its word strings and looking
 * those up.
 */
final class CandidateList {

  private final List<Relatedness.Related> related;
  private final Relatedness.Pending[] pending;
  private final int[] index;
  private final long[] tokens;
  private final int[] from;
  private final int[] to;
  private final int oneSidedFrom;

  /**
   * A cached list whose entries stand, in its order, at {@code [baseAt, baseAt + base.size())} (the
   * entries of this list's own arrays before them, the rest after): a span's thesaurus candidates,
   * shared instead of copied for every span. Null when there is none.
   */
  private final CandidateList base;

  private final int baseAt;

  /** The entries of {@link #base} that this list leaves out (they count as unrelated), or null. */
  private final boolean[] baseSkip;

  private final int baseSize;

  private CandidateList(Builder b) {
    this.related = b.related;
    this.pending = b.pending;
    this.index = b.index;
    this.tokens = b.tokens;
    this.from = b.from;
    this.to = b.to;
    this.base = b.base;
    this.baseAt = b.baseAt;
    this.baseSkip = b.baseSkip;
    this.baseSize = b.base == null ? 0 : b.base.size();
    this.oneSidedFrom = b.oneSidedFrom < 0 ? size() : b.oneSidedFrom;
  }

  int size() {
    return related.size() + baseSize;
  }

  /**
   * Where candidate {@code k} stands: {@code k - baseAt} (at least 0) in {@link #base}, or {@code
   * -1 - j} for entry {@code j} of this list's own arrays.
   */
  private int at(int k) {
    if (k < baseAt || base == null) {
      return -1 - k;
    }
    int b = k - baseAt;
    return b < baseSize ? b : -1 - (k - baseSize);
  }

  /**
   * Whether candidate {@code k} was offered only as a neighbour's follower or predecessor (seen
   * beside one neighbour, offered neither by the blank nor the thesaurus).
   */
  boolean oneSided(int k) {
    return k >= oneSidedFrom;
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** Candidate {@code k} with its relation, or null where it is unrelated. */
  Relatedness.Related get(int k) {
    int b = at(k);
    if (b >= 0) {
      return baseSkip != null && baseSkip[b] ? null : base.get(b);
    }
    k = -1 - b;
    return pending[k] != null ? pending[k].related(index[k]) : related.get(k);
  }

  /**
   * Whether candidate {@code k} is known to be unrelated (without relating it; a thesaurus
   * candidate once related stays known, so a cached list's unrelated entries are skipped unasked).
   */
  boolean isNone(int k) {
    int b = at(k);
    if (b >= 0) {
      return baseSkip != null && baseSkip[b] || base.isNone(b);
    }
    return ownNone(-1 - b);
  }

  /** {@link #isNone} of entry {@code j} of this list's own arrays. */
  private boolean ownNone(int j) {
    return pending[j] != null ? pending[j].knownUnrelated(index[j]) : related.get(j) == null;
  }

  /** The phrase of candidate {@code k} (without relating it); null where it is unrelated. */
  String phrase(int k) {
    int b = at(k);
    if (b >= 0) {
      return baseSkip != null && baseSkip[b] ? null : base.phrase(b);
    }
    k = -1 - b;
    if (pending[k] != null) {
      return pending[k].phrase(index[k]);
    }
    Relatedness.Related c = related.get(k);
    return c == null ? null : c.phrase();
  }

  /**
   * The tokens of the one-word candidates, sorted; worked out on first use (see {@link #offers}).
   */
  private volatile long[] singles;

  /**
   * Whether a one-word candidate (related or not) has the token {@code token}: the one-sided offer
   * asks this of every follower of a neighbour, and a cached list answers it for every span of its
   * word without a set built per span.
   */
  boolean offers(long token) {
    long[] s = singles;
    if (s == null) {
      int n = 0;
      s = new long[size()];
      for (int k = 0; k < size(); k++) {
        if (to[k] - from[k] == 1) {
          s[n++] = tokens[from[k]];
        }
      }
      s = Arrays.copyOf(s, n);
      Arrays.sort(s);
      singles = s;
    }
    return Arrays.binarySearch(s, token) >= 0;
  }

  /**
   * The candidates in the order of their first tokens (equal first tokens in the list's order);
   * worked out on first use (see {@link #startingWith}). Only for a list without a shared part.
   */
  private volatile int[] byFirst;

  /**
   * The candidates whose first token is {@code token}, in the list's order, as places in {@code
   * order} ({@link #byFirst}, which it fills on first use): {@code [start, end)} packed as {@code
   * start << 32 | end}. Matches a span's few fillers against its cached thesaurus list by a search
   * per filler, instead of a search among the fillers per thesaurus candidate.
   */
  long startingWith(long token) {
    int[] order = byFirst();
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens[from[order[mid]]] < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < order.length && tokens[from[order[end]]] == token) {
      end++;
    }
    return (long) lo << 32 | end;
  }

  /** Candidate {@code j} of {@link #startingWith}'s range: the {@code j}-th by first token. */
  int byFirst(int j) {
    return byFirst()[j];
  }

  private int[] byFirst() {
    int[] order = byFirst;
    if (order == null) {
      if (base != null) {
        throw new IllegalStateException("a list with a shared part has no one token array");
      }
      Integer[] ks = new Integer[related.size()];
      int n = 0;
      for (int k = 0; k < ks.length; k++) {
        if (to[k] > from[k]) {
          ks[n++] = k;
        }
      }
      Arrays.sort(ks, 0, n, (a, b) -> Long.compare(tokens[from[a]], tokens[from[b]]));
      order = new int[n];
      for (int j = 0; j < n; j++) {
        order[j] = ks[j];
      }
      byFirst = order;
    }
    return order;
  }

  /**
   * All candidates' tokens: candidate {@code k}'s are {@code [from(k), to(k))}; only for a list
   * without a shared part (see {@link #tokens(int)}).
   */
  long[] tokens() {
    if (base != null) {
      throw new IllegalStateException("a list with a shared part has no one token array");
    }
    return tokens;
  }

  /** The array holding candidate {@code k}'s tokens, at {@code [from(k), to(k))}. */
  long[] tokens(int k) {
    int b = at(k);
    return b >= 0 ? base.tokens : tokens;
  }

  int from(int k) {
    int b = at(k);
    return b >= 0 ? base.from[b] : from[-1 - b];
  }

  int to(int k) {
    int b = at(k);
    return b >= 0 ? base.to[b] : to[-1 - b];
  }

  /**
   * Whether each candidate was seen beside each neighbour: entry {@code 2k} for candidate {@code k}
   * after {@code left}, {@code 2k + 1} before {@code right} (true where that neighbour is absent,
   * false for unrelated candidates); each side asked of the model at once (searched in that
   * neighbour's list of followers or predecessors where the model indexes its pairs). The answer is
   * the scorer's scratch array ({@link ContextScorer#batch}), valid until the next batch is asked.
   */
  boolean[] seenBeside(ContextScorer scorer, Long left, Long right) {
    int n = size();
    ContextScorer.Batch batch = scorer.batch(2 * n);
    long[] firsts = batch.first;
    long[] lasts = batch.second;
    int[] at = batch.at;
    boolean[] out = batch.out;
    int asks = 0;
    for (int k = 0; k < n; k++) {
      int j = at(k);
      CandidateList list = j >= 0 ? base : this;
      int e = j >= 0 ? j : -1 - j;
      if (j >= 0 && baseSkip != null && baseSkip[j] || list.ownNone(e)) {
        continue;
      }
      out[2 * k] = left == null;
      out[2 * k + 1] = right == null;
      firsts[asks] = list.tokens[list.from[e]];
      lasts[asks] = list.tokens[list.to[e] - 1];
      at[asks++] = k;
    }
    boolean[] seen = batch.seen;
    if (left != null) {
      scorer.seenBeside(left, true, firsts, asks, seen);
      for (int i = 0; i < asks; i++) {
        out[2 * at[i]] = seen[i];
      }
    }
    if (right != null) {
      scorer.seenBeside(right, false, lasts, asks, seen);
      for (int i = 0; i < asks; i++) {
        out[2 * at[i] + 1] = seen[i];
      }
    }
    return out;
  }

  /** The candidates of {@code list} in its order, their tokens from {@code scorer}. */
  static CandidateList of(Relatedness.Pending list, ContextScorer scorer) {
    Builder b = new Builder(list.size());
    for (int k = 0; k < list.size(); k++) {
      long[] words = scorer.tokens(list.words(k));
      b.addPending(list, k, words, 0, words.length);
    }
    return new CandidateList(b);
  }

  /** No candidates. */
  private static final CandidateList NONE = new Builder(0).build();

  /** The candidates of {@code list} with the model's codes, in arrays of their exact size. */
  private static CandidateList of(Relatedness.Pending list, LanguageModel.Codes codes) {
    if (list.size() == 0) {
      return NONE;
    }
    Builder b = new Builder(list.size());
    for (int k = 0; k < list.size(); k++) {
      long[] words = tokens(list.words(k), codes);
      b.addPending(list, k, words, 0, words.length);
    }
    b.tokens = Arrays.copyOf(b.tokens, b.used);
    b.from = Arrays.copyOf(b.from, list.size());
    b.to = Arrays.copyOf(b.to, list.size());
    b.pending = Arrays.copyOf(b.pending, list.size());
    b.index = Arrays.copyOf(b.index, list.size());
    return new CandidateList(b);
  }

  /** The model's codes of some words (the tokens of a scorer with stable tokens). */
  static long[] tokens(String[] words, LanguageModel.Codes codes) {
    long[] out = new long[words.length];
    for (int k = 0; k < words.length; k++) {
      out[k] = codes.code(words[k]);
    }
    return out;
  }

  /** Builds a list candidate by candidate. */
  static final class Builder {
    private final List<Relatedness.Related> related;
    private Relatedness.Pending[] pending;
    private int[] index;
    private long[] tokens;
    private int[] from;
    private int[] to;
    private int used;
    private int oneSidedFrom = -1;
    private CandidateList base;
    private int baseAt;
    private boolean[] baseSkip;

    Builder(int expected) {
      related = new ArrayList<>(Math.max(1, expected));
      tokens = new long[Math.max(4, expected + expected / 2)];
      from = new int[Math.max(4, expected)];
      to = new int[Math.max(4, expected)];
      pending = new Relatedness.Pending[Math.max(4, expected)];
      index = new int[Math.max(4, expected)];
    }

    int size() {
      return related.size() + (base == null ? 0 : base.size());
    }

    /**
     * Puts the entries of {@code list} (a list without a shared part of its own) next, in its
     * order, shared instead of copied; the candidates added after them follow them.
     */
    void addAll(CandidateList list) {
      if (base != null || list.base != null) {
        throw new IllegalStateException("one shared part per list, itself without one");
      }
      baseAt = related.size();
      base = list;
    }

    /** Leaves out entry {@code k} of the list given to {@link #addAll} (as if unrelated). */
    void skip(int k) {
      if (baseSkip == null) {
        baseSkip = new boolean[base.size()];
      }
      baseSkip[k] = true;
    }

    /** Adds a candidate with its tokens. */
    void add(Relatedness.Related c, long[] words) {
      add(c, words, 0, words.length);
    }

    /** Adds a candidate with its tokens {@code words[start, end)}. */
    void add(Relatedness.Related c, long[] words, int start, int end) {
      int k = related.size();
      if (base != null && k < baseAt) {
        throw new IllegalStateException("entries added after a shared part follow it");
      }
      if (k == from.length) {
        from = Arrays.copyOf(from, k * 2);
        to = Arrays.copyOf(to, k * 2);
        pending = Arrays.copyOf(pending, k * 2);
        index = Arrays.copyOf(index, k * 2);
      }
      related.add(c);
      place(k, words, start, end);
    }

    /** Adds entry {@code i} of {@code list}, related when first asked, with its tokens. */
    void addPending(Relatedness.Pending list, int i, long[] words, int start, int end) {
      int k = related.size();
      add(null, words, start, end);
      pending[k] = list;
      index[k] = i;
    }

    /** Adds an unrelated candidate. */
    void addNone() {
      add(null, new long[0]);
    }

    /** Whether candidate {@code k} (added before a shared part) is unrelated. */
    boolean isNone(int k) {
      return pending[k] == null && related.get(k) == null;
    }

    /**
     * Puts a candidate with its tokens {@code words[start, end)} in place of candidate {@code k}
     * (added before a shared part).
     */
    void set(int k, Relatedness.Related c, long[] words, int start, int end) {
      related.set(k, c);
      pending[k] = null;
      place(k, words, start, end);
    }

    private void place(int k, long[] words, int start, int end) {
      int n = end - start;
      if (used + n > tokens.length) {
        tokens = Arrays.copyOf(tokens, Math.max(tokens.length * 2, used + n));
      }
      System.arraycopy(words, start, tokens, used, n);
      from[k] = used;
      to[k] = used + n;
      used += n;
    }

    /** The candidates added from now on are one-sided ({@link CandidateList#oneSided}). */
    void oneSidedFromHere() {
      oneSidedFrom = size();
    }

    CandidateList build() {
      return new CandidateList(this);
    }
  }

  /**
   * Lists built once per detector from the thesaurus's candidate lists, when the model has word
   * codes. {@link Relatedness#pending} depends on nothing but the span, so a span found here is
   * answered without asking it again. Single words and longer spans are kept apart: nearly every
   * span of two or more words is new (and has no candidates), and would otherwise push out the
   * words that recur in every text. Bounded (each part emptied when full); safe for concurrent use.
   */
  static final class Cache {
    /** Lists of single words kept (a word's list holds up to a few hundred candidates). */
    private static final int WORDS = 20_000;

    /** Longer spans kept (nearly all with no candidates, which share one empty list). */
    private static final int PHRASES = 100_000;

    private final LanguageModel.Codes codes;
    private final ConcurrentHashMap<String, CandidateList> words = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CandidateList> phrases = new ConcurrentHashMap<>();

    /**
     * The lists of single words again, by the model's code of the word: found without hashing the
     * span (a word of each text is a new string, whose hash is worked out on its first look-up).
     */
    private final DirectMap<CandidateList> byCode = new DirectMap<>(13);

    /** A cache for the model with these codes (null: nothing is kept). */
    Cache(LanguageModel.Codes codes) {
      this.codes = codes;
    }

    /**
     * The candidates of {@code span} from {@code relatedness}, with the tokens of {@code scorer}.
     */
    CandidateList get(String span, Relatedness relatedness, ContextScorer scorer) {
      if (codes == null || !scorer.stableTokens()) {
        return of(relatedness.pending(span), scorer);
      }
      boolean word = span.indexOf(' ') < 0;
      long token = word ? scorer.token(span) : LanguageModel.Codes.UNKNOWN;
      if (token >= 0) {
        CandidateList known = byCode.get(token);
        if (known != null) {
          return known;
        }
      }
      ConcurrentHashMap<String, CandidateList> part = word ? words : phrases;
      CandidateList known = part.get(span);
      if (known == null) {
        known = of(relatedness.pending(span), codes);
        if (part.size() >= (word ? WORDS : PHRASES)) {
          part.clear();
        }
        part.put(span, known);
      }
      if (token >= 0) {
        byCode.put(token, known);
      }
      return known;
    }
  }
}
