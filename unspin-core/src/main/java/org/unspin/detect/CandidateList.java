package org.unspin.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
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

  private CandidateList(Builder b) {
    this.oneSidedFrom = b.oneSidedFrom < 0 ? b.size() : b.oneSidedFrom;
    this.related = b.related;
    this.pending = b.pending;
    this.index = b.index;
    this.tokens = b.tokens;
    this.from = b.from;
    this.to = b.to;
  }

  int size() {
    return related.size();
  }

  /**
   * Whether candidate {@code k} was offered only as a neighbour's follower or predecessor (seen
   * beside one neighbour, offered neither by the blank nor the thesaurus).
   */
  boolean oneSided(int k) {
    return k >= oneSidedFrom;
  }

  boolean isEmpty() {
    return related.isEmpty();
  }

  /** Candidate {@code k} with its relation, or null where it is unrelated. */
  Relatedness.Related get(int k) {
    return pending[k] != null ? pending[k].related(index[k]) : related.get(k);
  }

  /**
   * Whether candidate {@code k} is known to be unrelated (without relating it; a thesaurus
   * candidate once related stays known, so a cached list's unrelated entries are skipped unasked).
   */
  boolean isNone(int k) {
    return pending[k] != null ? pending[k].knownUnrelated(index[k]) : related.get(k) == null;
  }

  /** The phrase of candidate {@code k} (without relating it); null where it is unrelated. */
  String phrase(int k) {
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

  /** All candidates' tokens: candidate {@code k}'s are {@code [from(k), to(k))}. */
  long[] tokens() {
    return tokens;
  }

  int from(int k) {
    return from[k];
  }

  int to(int k) {
    return to[k];
  }

  /**
   * Whether each candidate was seen beside each neighbour: entry {@code 2k} for candidate {@code k}
   * after {@code left}, {@code 2k + 1} before {@code right} (true where that neighbour is absent,
   * false for unrelated candidates); all pairs asked of the model together.
   */
  boolean[] seenBeside(ContextScorer scorer, Long left, Long right) {
    int n = size();
    long[] a = new long[2 * n];
    long[] b = new long[2 * n];
    int[] at = new int[2 * n];
    int asks = 0;
    boolean[] out = new boolean[2 * n];
    for (int k = 0; k < n; k++) {
      if (isNone(k)) {
        continue;
      }
      if (left == null) {
        out[2 * k] = true;
      } else {
        a[asks] = left;
        b[asks] = tokens[from[k]];
        at[asks++] = 2 * k;
      }
      if (right == null) {
        out[2 * k + 1] = true;
      } else {
        a[asks] = tokens[to[k] - 1];
        b[asks] = right;
        at[asks++] = 2 * k + 1;
      }
    }
    boolean[] seen = new boolean[asks];
    scorer.seen(a, b, asks, seen);
    for (int j = 0; j < asks; j++) {
      out[at[j]] = seen[j];
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

    Builder(int expected) {
      related = new ArrayList<>(Math.max(1, expected));
      tokens = new long[Math.max(4, expected + expected / 2)];
      from = new int[Math.max(4, expected)];
      to = new int[Math.max(4, expected)];
      pending = new Relatedness.Pending[Math.max(4, expected)];
      index = new int[Math.max(4, expected)];
    }

    int size() {
      return related.size();
    }

    /** Adds a candidate with its tokens. */
    void add(Relatedness.Related c, long[] words) {
      add(c, words, 0, words.length);
    }

    /** Adds a candidate with its tokens {@code words[start, end)}. */
    void add(Relatedness.Related c, long[] words, int start, int end) {
      int k = related.size();
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

    /**
     * Adds candidate {@code k} of {@code list} as it stands (related or not yet), with its tokens.
     */
    void addFrom(CandidateList list, int k) {
      int at = related.size();
      add(list.related.get(k), list.tokens, list.from[k], list.to[k]);
      pending[at] = list.pending[k];
      index[at] = list.index[k];
    }

    /** Adds an unrelated candidate. */
    void addNone() {
      add(null, new long[0]);
    }

    /** Whether candidate {@code k} is unrelated. */
    boolean isNone(int k) {
      return pending[k] == null && related.get(k) == null;
    }

    /**
     * Puts a candidate with its tokens {@code words[start, end)} in place of candidate {@code k}.
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
      oneSidedFrom = related.size();
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
      ConcurrentHashMap<String, CandidateList> part = word ? words : phrases;
      CandidateList known = part.get(span);
      if (known != null) {
        return known;
      }
      CandidateList built = of(relatedness.pending(span), codes);
      if (part.size() >= (word ? WORDS : PHRASES)) {
        part.clear();
      }
      part.put(span, built);
      return built;
    }
  }
}
