package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.unspin.lexicon.internal.LongIntMap;
import org.unspin.lexicon.internal.NgramHash;

/**
 * A mutable in-memory n-gram counter (orders 1 to 5) over any text collection: add texts, then
 * query it as a {@link LanguageModel}, or layer it over the bundled model with {@link
 * LanguageModel#sum}.
 *
 * <p>Not thread-safe while adding; safe for concurrent reads once nothing is added any more. Uses
 * about 50 bytes per distinct n-gram.
 *
 * <pre>{@code
 * NgramCounts archive = new NgramCounts(4);
 * stories.forEach(archive::add);
 * Lexicon lexicon = Lexicon.standard().withCounts(archive);
 * }</pre>
 */
public final class NgramCounts extends IndexedModel {

  /** The highest order supported. */
  public static final int MAX_ORDER = 5;

  private final Map<String, Integer> ids;
  private final List<String> words = new ArrayList<>();
  private long tokens;

  // n-grams: key -> entry + 1; entry -> count and offset of its ids in the pool
  private final LongIntMap entryOf = new LongIntMap(1 << 16);
  private int[] counts = new int[1 << 16];
  private int[] offsets = new int[1 << 16];
  private int entries;
  private int[] pool = new int[1 << 18];
  private int poolSize;

  // fill-in-the-blank index: blank key -> node + 1; nodes chain filler codes
  private final LongIntMap headOf = new LongIntMap(1 << 16);
  private long[] nodeFiller = new long[1 << 16];
  private int[] nodeNext = new int[1 << 16];
  private int nodes;

  /** An empty counter of n-grams up to {@code order} words. */
  public NgramCounts(int order) {
    this(checkOrder(order), new HashMap<>());
  }

  private NgramCounts(int order, Map<String, Integer> ids) {
    super(order, ids);
    this.ids = ids;
  }

  private static int checkOrder(int order) {
    if (order < 1 || order > MAX_ORDER) {
      throw new IllegalArgumentException("order must be 1.." + MAX_ORDER + ": " + order);
    }
    return order;
  }

  /** The counts of all {@code texts} up to {@code order}. */
  public static NgramCounts of(int order, Iterable<String> texts) {
    NgramCounts counts = new NgramCounts(order);
    counts.addAll(texts);
    return counts;
  }

  /** Counts every sentence of a text (tokenised by {@link Tokenizer}). */
  public void add(String text) {
    for (List<Token> sentence : Tokenizer.sentences(text)) {
      List<String> norms = new ArrayList<>(sentence.size());
      for (Token t : sentence) {
        norms.add(t.norm());
      }
      addSentence(norms);
    }
  }

  /** Counts every sentence of every text. */
  public void addAll(Iterable<String> texts) {
    for (String text : texts) {
      add(text);
    }
  }

  /** Counts one sentence of normalised words; the sentence markers are added here. */
  public void addSentence(List<String> sentence) {
    if (sentence.isEmpty()) {
      return;
    }
    int[] seq = new int[sentence.size() + 2];
    seq[0] = intern(Tokenizer.SENTENCE_START);
    for (int i = 0; i < sentence.size(); i++) {
      seq[i + 1] = intern(sentence.get(i));
    }
    seq[seq.length - 1] = intern(Tokenizer.SENTENCE_END);
    tokens += sentence.size();
    for (int i = 0; i < seq.length; i++) {
      for (int n = 1; n <= order() && i + n <= seq.length; n++) {
        increment(seq, i, n);
      }
    }
  }

  @Override
  public long tokens() {
    return tokens;
  }

  /** The number of distinct n-grams counted, all orders together. */
  public int size() {
    return entries;
  }

  /** Calls {@code action} with every distinct n-gram and its count, in first-seen order. */
  public void forEach(NgramAction action) {
    for (int e = 0; e < entries; e++) {
      int at = offsets[e];
      int n = pool[at];
      String[] gram = new String[n];
      for (int i = 0; i < n; i++) {
        gram[i] = words.get(pool[at + 1 + i]);
      }
      action.accept(List.of(gram), counts[e]);
    }
  }

  /** Receives one n-gram and its count. */
  @FunctionalInterface
  public interface NgramAction {
    /** Called once per distinct n-gram. */
    void accept(List<String> words, long count);
  }

  @Override
  String word(int id) {
    return words.get(id);
  }

  @Override
  long countKey(long key) {
    int e = entryOf.get(key);
    return e == 0 ? 0 : counts[e - 1];
  }

  @Override
  void forEachFiller(long blankKey, LongPredicate action) {
    for (int node = headOf.get(blankKey); node != 0; node = nodeNext[node - 1]) {
      if (!action.test(nodeFiller[node - 1])) {
        return;
      }
    }
  }

  @Override
  void forEachTrigramFiller(BlankFillerAction action) {
    for (int e = 0; e < entries; e++) {
      int at = offsets[e];
      if (pool[at] == 3) {
        action.accept(NgramHash.blank(pool[at + 1], 1, pool[at + 3]), pool[at + 2]);
      }
    }
  }

  @Override
  boolean postingsByCount() {
    return false;
  }

  /** An index and the number of n-grams it was built over. */
  private record Built<T>(T index, int entries) {}

  /**
   * An index of the n-grams counted so far, built on first use and again after additions; read
   * without a lock once built.
   */
  private final class Rebuilt<T> {
    private final Supplier<T> build;
    private volatile Built<T> built;

    Rebuilt(Supplier<T> build) {
      this.build = build;
    }

    T get() {
      Built<T> known = built;
      if (known != null && known.entries == entries) {
        return known.index;
      }
      synchronized (NgramCounts.this) {
        known = built;
        if (known == null || known.entries != entries) {
          known = new Built<>(build.get(), entries);
          built = known;
        }
        return known.index;
      }
    }
  }

  /** The exact index of the pairs counted so far. */
  private final Rebuilt<BigramIndex> pairs = new Rebuilt<>(this::buildPairIndex);

  @Override
  BigramIndex pairIndex() {
    return pairs.get();
  }

  private BigramIndex buildPairIndex() {
    int[] pairEntries = pairEntries();
    int n = pairEntries.length;
    int[] first = new int[n];
    int[] second = new int[n];
    for (int i = 0; i < n; i++) {
      int at = offsets[pairEntries[i]];
      first[i] = pool[at + 1];
      second[i] = pool[at + 2];
    }
    return BigramIndex.of(words.size(), first, second, n);
  }

  /** The entries of the pairs counted so far, in the order they were first counted. */
  private int[] pairEntries() {
    int[] out = new int[16];
    int n = 0;
    for (int e = 0; e < entries; e++) {
      if (pool[offsets[e]] == 2) {
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = e;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The follower and predecessor index of the pairs counted so far. */
  private final Rebuilt<Neighbours> neighbours = new Rebuilt<>(() -> new Neighbours(this));

  @Override
  void forEachNeighbour(int id, boolean after, NeighbourAction action) {
    Neighbours index = neighbours.get();
    int[] start = after ? index.followerStart : index.predecessorStart;
    int[] list = after ? index.followers : index.predecessors;
    if (id + 1 >= start.length) {
      return;
    }
    for (int k = start[id]; k < start[id + 1]; k++) {
      int e = list[k];
      int at = offsets[e];
      action.accept(pool[at + (after ? 2 : 1)], counts[e]);
    }
  }

  /**
   * For each word, the pairs (entries) it begins with a listable second word, and those it ends
   * with a listable first word.
   */
  private static final class Neighbours {
    final int[] followerStart;
    final int[] followers;
    final int[] predecessorStart;
    final int[] predecessors;

    Neighbours(NgramCounts m) {
      int v = m.words.size();
      boolean[] listable = new boolean[v];
      for (int w = 0; w < v; w++) {
        listable[w] = LanguageModel.listable(m.words.get(w));
      }
      int[] pairEntries = m.pairEntries();
      followerStart = new int[v + 1];
      predecessorStart = new int[v + 1];
      for (int e : pairEntries) {
        int at = m.offsets[e];
        if (listable[m.pool[at + 2]]) {
          followerStart[m.pool[at + 1] + 1]++;
        }
        if (listable[m.pool[at + 1]]) {
          predecessorStart[m.pool[at + 2] + 1]++;
        }
      }
      for (int w = 0; w < v; w++) {
        followerStart[w + 1] += followerStart[w];
        predecessorStart[w + 1] += predecessorStart[w];
      }
      followers = new int[followerStart[v]];
      predecessors = new int[predecessorStart[v]];
      int[] f = Arrays.copyOf(followerStart, v);
      int[] p = Arrays.copyOf(predecessorStart, v);
      for (int e : pairEntries) {
        int at = m.offsets[e];
        if (listable[m.pool[at + 2]]) {
          followers[f[m.pool[at + 1]]++] = e;
        }
        if (listable[m.pool[at + 1]]) {
          predecessors[p[m.pool[at + 2]]++] = e;
        }
      }
    }
  }

  private int intern(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = words.size();
      ids.put(word, id);
      words.add(word);
    }
    return id;
  }

  private void increment(int[] seq, int from, int n) {
    long key = NgramHash.of(seq, from, n);
    int e = entryOf.get(key);
    if (e != 0) {
      counts[e - 1]++;
      return;
    }
    if (entries == counts.length) {
      counts = Arrays.copyOf(counts, entries * 2);
      offsets = Arrays.copyOf(offsets, entries * 2);
    }
    if (poolSize + n + 1 > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + n + 1));
    }
    offsets[entries] = poolSize;
    pool[poolSize++] = n;
    System.arraycopy(seq, from, pool, poolSize, n);
    poolSize += n;
    counts[entries] = 1;
    entryOf.put(key, ++entries);
    indexBlanks(seq, from, n);
  }

  /** Indexes a new trigram or 4-gram under the blank it fills ("a _ c", "a _ _ d"). */
  private void indexBlanks(int[] s, int i, int n) {
    if (n == 3) {
      link(NgramHash.blank(s[i], 1, s[i + 2]), s[i + 1]);
    } else if (n == 4) {
      link(NgramHash.blank(s[i], 2, s[i + 3]), NgramHash.pair(s[i + 1], s[i + 2]));
    }
  }

  private void link(long blankKey, long filler) {
    if (nodes == nodeFiller.length) {
      nodeFiller = Arrays.copyOf(nodeFiller, nodes * 2);
      nodeNext = Arrays.copyOf(nodeNext, nodes * 2);
    }
    nodeFiller[nodes] = filler;
    nodeNext[nodes] = headOf.get(blankKey);
    headOf.put(blankKey, ++nodes);
  }
}
