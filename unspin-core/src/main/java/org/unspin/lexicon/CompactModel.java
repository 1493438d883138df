package org.unspin.lexicon;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.unspin.lexicon.internal.NgramHash;

/**
 * The compact, read-only n-gram model: pruned n-grams in a hash table of 32-bit fingerprints of
 * their {@link NgramHash} keys with one-byte quantised counts (exact up to 100, then within 4%),
 * the fill-in-the-blank index of its trigrams and 4-grams, and (format 3) the exact index of its
 * pairs ({@link BigramIndex}). Loads in well under a second (the file is memory-mapped or read into
 * one buffer; the n-gram and blank tables' fingerprints and the pair index are copied into arrays,
 * the rest used where it lies). Safe for concurrent reads.
 *
 * <p>A count may be wrong with a chance of about one in four billion per lookup (a fingerprint
 * collision); n-grams below the pruning thresholds count 0. A pair's count is 0 where the pair
 * index lacks it (no collision there).
 */
public final class CompactModel extends IndexedModel {

  private static final byte[] MAGIC = "UNSPNGM1".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 3;

  /** The first version with the follower and predecessor lists (version 1 files have none). */
  private static final int NEIGHBOUR_VERSION = 2;

  /** The first version with the exact index of every pair ({@link BigramIndex}). */
  private static final int PAIR_INDEX_VERSION = 3;

  /** The most words a vocabulary may hold when neighbour lists are written (ids of 24 bits). */
  private static final int MAX_LISTED_ID = 1 << 24;

  private static final double LOAD = 0.8;

  private final long tokens;
  private final int[] minCounts;
  private final String[] words;
  private final int slots;

  /**
   * The n-gram table, copied out of the file at load (a few milliseconds): every count the detector
   * asks is a read here, and reads of an array cost less than those through a view of the file's
   * bytes.
   */
  private final int[] fingerprints;

  private final byte[] counts;
  private final int ngrams;
  private final int blankSlots;

  /** The blank table's fingerprints, copied out of the file at load as {@link #fingerprints}. */
  private final int[] blankFingerprints;

  private final IntBuffer blankOffsets;
  private final IntBuffer postings;
  private final int neighbourLimit;
  private final int neighbourMin;
  private final IntBuffer followerStart;
  private final IntBuffer followers;
  private final IntBuffer predecessorStart;
  private final IntBuffer predecessors;

  /** Every stored pair (null in files before {@link #PAIR_INDEX_VERSION}: pairs are probed). */
  private final BigramIndex pairs;

  private CompactModel(ByteBuffer in, Map<String, Integer> ids) {
    super(header(in), ids);
    int version = in.getInt(in.position() - 8);
    int order = order();
    tokens = in.getLong();
    minCounts = new int[order];
    for (int i = 0; i < order; i++) {
      minCounts[i] = in.getInt();
    }
    words = new String[in.getInt()];
    byte[] buf = new byte[256];
    for (int i = 0; i < words.length; i++) {
      int len = in.getShort() & 0xFFFF;
      if (len > buf.length) {
        buf = new byte[len];
      }
      in.get(buf, 0, len);
      words[i] = new String(buf, 0, len, StandardCharsets.UTF_8);
      ids.put(words[i], i);
    }
    slots = in.getInt();
    ngrams = in.getInt();
    fingerprints = new int[slots];
    slice(in, slots * 4).asIntBuffer().get(fingerprints);
    counts = new byte[slots];
    slice(in, slots).get(counts);
    blankSlots = in.getInt();
    in.getInt();
    blankFingerprints = new int[blankSlots];
    slice(in, blankSlots * 4).asIntBuffer().get(blankFingerprints);
    blankOffsets = slice(in, blankSlots * 4).asIntBuffer();
    int postingsLength = in.getInt();
    postings = slice(in, postingsLength * 4).asIntBuffer();
    if (version >= NEIGHBOUR_VERSION) {
      neighbourLimit = in.getInt();
      neighbourMin = in.getInt();
      followerStart = slice(in, (words.length + 1) * 4).asIntBuffer();
      followers = slice(in, in.getInt() * 4).asIntBuffer();
      predecessorStart = slice(in, (words.length + 1) * 4).asIntBuffer();
      predecessors = slice(in, in.getInt() * 4).asIntBuffer();
    } else {
      neighbourLimit = 0;
      neighbourMin = 0;
      followerStart = null;
      followers = null;
      predecessorStart = null;
      predecessors = null;
    }
    pairs = version >= PAIR_INDEX_VERSION ? BigramIndex.read(in) : null;
    wordCounts = new short[words.length];
    pairCounts = new byte[pairs != null ? pairs.pairs() : 0];
  }

  /**
   * Reads a model from a buffer holding the whole file, which it keeps using (no copy).
   *
   * @throws IllegalArgumentException when the buffer is not a model of this version
   */
  public static CompactModel read(ByteBuffer data) {
    try {
      return new CompactModel(data.duplicate(), new HashMap<>());
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated unspin n-gram model", e);
    }
  }

  /** Memory-maps a model file. */
  public static CompactModel load(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read n-gram model " + file, e);
    }
  }

  /** Checks the magic number and version; returns the order. */
  private static int header(ByteBuffer in) {
    byte[] magic = new byte[MAGIC.length];
    in.get(magic);
    int version = in.getInt();
    if (!Arrays.equals(magic, MAGIC) || version < 1 || version > VERSION) {
      throw new IllegalArgumentException("not an unspin n-gram model (version " + VERSION + ")");
    }
    int order = in.getInt();
    if (order < 1 || order > NgramCounts.MAX_ORDER) {
      throw new IllegalArgumentException("bad order in n-gram model: " + order);
    }
    return order;
  }

  /** Reads a model from a stream (for example a classpath resource). */
  public static CompactModel load(InputStream in) throws IOException {
    return read(ByteBuffer.wrap(in.readAllBytes()));
  }

  @Override
  public long tokens() {
    return tokens;
  }

  /** The number of n-grams stored, all orders together. */
  public int size() {
    return ngrams;
  }

  /** The lowest count kept for each order (index 0: unigrams). */
  public int[] minCounts() {
    return minCounts.clone();
  }

  /** The most followers (and predecessors) kept per word; 0 when the file has no such lists. */
  public int neighbourLimit() {
    return neighbourLimit;
  }

  /** The least pair count of a listed follower or predecessor. */
  public int neighbourMin() {
    return neighbourMin;
  }

  @Override
  void forEachNeighbour(int id, boolean after, NeighbourAction action) {
    IntBuffer start = after ? followerStart : predecessorStart;
    if (start == null) {
      return;
    }
    IntBuffer list = after ? followers : predecessors;
    for (int k = start.get(id), end = start.get(id + 1); k < end; k++) {
      int v = list.get(k);
      action.accept(v >>> 8, dequantize(v & 0xFF));
    }
  }

  @Override
  String word(int id) {
    return words[id];
  }

  @Override
  BigramIndex pairIndex() {
    return pairs;
  }

  @Override
  BigramIndex fixedPairIndex() {
    return pairs;
  }

  /**
   * The quantized count of each word, plus one, as first probed (0: not yet asked): a word's count
   * is then one read of a small array instead of a probe of the n-gram table. Filled as words are
   * asked, by any thread (each entry is written only with its one value).
   */
  private final short[] wordCounts;

  /**
   * The quantized count of each pair of the {@link BigramIndex}, at the pair's {@link
   * BigramIndex#position}, as first probed (0: not yet asked; a counted pair's is at least 1):
   * searched in the first word's list of followers, which stays in the processor's cache while the
   * candidates beside one word are scored, instead of a probe of the table. Filled as {@link
   * #wordCounts}.
   */
  private final byte[] pairCounts;

  @Override
  long wordCount(int id) {
    if (id >= wordCounts.length) {
      return super.wordCount(id);
    }
    int q = wordCounts[id];
    if (q == 0) {
      int i = find(NgramHash.ofWord(id), fingerprints);
      q = 1 + (i < 0 ? 0 : counts[i] & 0xFF);
      wordCounts[id] = (short) q;
    }
    return q == 1 ? 0 : dequantize(q - 1);
  }

  @Override
  long pairCount(int a, int b) {
    int at = pairs.position(a, b);
    if (at < 0) {
      return 0;
    }
    int q = pairCounts[at] & 0xFF;
    if (q == 0) {
      int i = find(NgramHash.ofPair(a, b), fingerprints);
      q = i < 0 ? 0 : counts[i] & 0xFF;
      if (q == 0) {
        return 0;
      }
      pairCounts[at] = (byte) q;
    }
    return dequantize(q);
  }

  @Override
  long countKey(long key) {
    int i = find(key, fingerprints);
    return i < 0 ? 0 : dequantize(counts[i] & 0xFF);
  }

  /**
   * Looks many keys up at once: first the home slot of every key (independent reads, which the
   * processor overlaps: most are cache misses in a table of megabytes), then the rest of each
   * probe.
   */
  @Override
  void orCounted(long[] keys, int n, boolean[] out) {
    if (slots == 0) {
      return;
    }
    int[] home = new int[n];
    for (int k = 0; k < n; k++) {
      if (keys[k] != 0) {
        home[k] = fingerprints[slot(keys[k], slots)];
      }
    }
    for (int k = 0; k < n; k++) {
      long key = keys[k];
      if (key == 0 || home[k] == 0) {
        continue;
      }
      int fp = fingerprint(key);
      int i = slot(key, slots);
      int f = home[k];
      while (f != fp && f != 0) {
        i = i + 1 == slots ? 0 : i + 1;
        f = fingerprints[i];
      }
      if (f == fp && dequantize(counts[i] & 0xFF) > 0) {
        out[k] = true;
      }
    }
  }

  @Override
  void forEachFiller(long blankKey, LongPredicate action) {
    int i = find(blankKey, blankFingerprints);
    if (i < 0) {
      return;
    }
    int at = blankOffsets.get(i);
    int header = postings.get(at++);
    int n = header >>> 1;
    boolean pairs = (header & 1) != 0;
    for (int k = 0; k < n; k++) {
      long code;
      if (pairs) {
        code = NgramHash.pair(postings.get(at), postings.get(at + 1));
        at += 2;
      } else {
        code = postings.get(at++);
      }
      if (!action.test(code)) {
        return;
      }
    }
  }

  @Override
  void forEachTrigramFiller(BlankFillerAction action) {
    for (int i = 0; i < blankSlots; i++) {
      if (blankFingerprints[i] == 0) {
        continue;
      }
      int at = blankOffsets.get(i);
      int header = postings.get(at++);
      if ((header & 1) != 0) {
        continue; // a two-word blank
      }
      int n = header >>> 1;
      for (int k = 0; k < n; k++) {
        action.accept(i, postings.get(at + k));
      }
    }
  }

  /** Postings are written most frequent first. */
  @Override
  boolean postingsByCount() {
    return true;
  }

  private static int find(long key, int[] table) {
    int size = table.length;
    if (size == 0) {
      return -1;
    }
    int fp = fingerprint(key);
    for (int i = slot(key, size); ; i = i + 1 == size ? 0 : i + 1) {
      int f = table[i];
      if (f == fp) {
        return i;
      }
      if (f == 0) {
        return -1;
      }
    }
  }

  private static int slot(long key, int size) {
    return (int) (((key & 0xFFFFFFFFL) * size) >>> 32);
  }

  private static int fingerprint(long key) {
    int fp = (int) (key >>> 32);
    return fp == 0 ? 1 : fp;
  }

  private static ByteBuffer slice(ByteBuffer in, int length) {
    ByteBuffer part = in.slice();
    part.limit(length);
    in.position(in.position() + length);
    return part;
  }

  /** One byte for a count: exact up to 100, then steps of 8%. */
  static int quantize(long count) {
    if (count <= 100) {
      return (int) count;
    }
    return (int) Math.min(255, 100 + Math.round(Math.log(count / 100.0) / Math.log(1.08)));
  }

  static long dequantize(int q) {
    return DEQUANTIZED[q];
  }

  /**
   * The count of each byte, worked out once: a count is asked of the model for nearly every n-gram
   * the detector reads, and {@link Math#pow} for each was a share of its time.
   */
  private static final long[] DEQUANTIZED = new long[256];

  static {
    for (int q = 0; q < DEQUANTIZED.length; q++) {
      DEQUANTIZED[q] = q <= 100 ? q : Math.round(100 * Math.pow(1.08, q - 100));
    }
  }

  /**
   * Writes {@code source} as a compact model, keeping the n-grams of order n counted at least
   * {@code minCounts[n - 1]} times. The output depends only on the counts, never on the order they
   * were added in: the same counts give the same bytes. Writes no follower or predecessor lists.
   */
  public static void write(NgramCounts source, int[] minCounts, OutputStream out)
      throws IOException {
    write(source, minCounts, 0, 1, out);
  }

  /**
   * Writes {@code source} as a compact model (see {@link #write(NgramCounts, int[], OutputStream)})
   * with, for each word, its {@code neighbourLimit} most frequent {@linkplain
   * LanguageModel#listable listable} followers and predecessors among the pairs kept and counted at
   * least {@code neighbourMin} times (ties in spelling order).
   */
  public static void write(
      NgramCounts source, int[] minCounts, int neighbourLimit, int neighbourMin, OutputStream out)
      throws IOException {
    int order = source.order();
    if (minCounts.length != order) {
      throw new IllegalArgumentException(
          "need one minimum count per order (" + order + "): " + Arrays.toString(minCounts));
    }
    // words by frequency, then spelling
    Map<String, Long> unigrams = new HashMap<>();
    source.forEach(
        (gram, c) -> {
          if (gram.size() == 1) {
            unigrams.put(gram.get(0), c);
          }
        });
    List<String> vocabulary = new ArrayList<>(unigrams.keySet());
    vocabulary.sort(
        Comparator.<String>comparingLong(unigrams::get).reversed().thenComparing(w -> w));
    Map<String, Integer> ids = new HashMap<>();
    for (String w : vocabulary) {
      ids.put(w, ids.size());
    }
    List<long[]> grams = new ArrayList<>();
    List<long[]> blanks = new ArrayList<>();
    source.forEach(
        (gram, c) -> {
          int n = gram.size();
          if (c < minCounts[n - 1]) {
            return;
          }
          int[] seq = new int[n];
          for (int i = 0; i < n; i++) {
            seq[i] = ids.get(gram.get(i));
          }
          grams.add(new long[] {NgramHash.of(seq, 0, n), c});
          if (n == 3) {
            blanks.add(new long[] {NgramHash.blank(seq[0], 1, seq[2]), c, seq[1], -1});
          } else if (n == 4) {
            blanks.add(new long[] {NgramHash.blank(seq[0], 2, seq[3]), c, seq[1], seq[2]});
          }
        });
    grams.sort((a, b) -> Long.compareUnsigned(a[0], b[0]));
    blanks.sort(
        (a, b) -> {
          int byKey = Long.compareUnsigned(a[0], b[0]);
          if (byKey != 0) {
            return byKey;
          }
          int byCount = Long.compare(b[1], a[1]);
          return byCount != 0
              ? byCount
              : a[2] != b[2] ? Long.compare(a[2], b[2]) : Long.compare(a[3], b[3]);
        });

    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.write(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(order);
    data.writeLong(source.tokens());
    for (int m : minCounts) {
      data.writeInt(m);
    }
    data.writeInt(vocabulary.size());
    for (String w : vocabulary) {
      byte[] b = w.getBytes(StandardCharsets.UTF_8);
      if (b.length > 0xFFFF) {
        throw new IllegalArgumentException("word too long: " + b.length + " bytes");
      }
      data.writeShort(b.length);
      data.write(b);
    }
    writeGrams(grams, data);
    writeBlanks(blanks, data);
    writeNeighbours(source, minCounts, neighbourLimit, neighbourMin, vocabulary, ids, data);
    writePairs(source, minCounts, vocabulary, ids, data);
    data.flush();
  }

  /**
   * The follower lists, then the predecessor lists: each a start per word (and one past the last)
   * and the entries, a word id in the high 24 bits and its quantised pair count in the low 8.
   */
  private static void writeNeighbours(
      NgramCounts source,
      int[] minCounts,
      int limit,
      int min,
      List<String> vocabulary,
      Map<String, Integer> ids,
      DataOutputStream data)
      throws IOException {
    if (limit > 0 && vocabulary.size() > MAX_LISTED_ID) {
      throw new IllegalArgumentException(
          "too many words for neighbour lists: " + vocabulary.size());
    }
    long least = Math.max(min, minCounts.length > 1 ? minCounts[1] : Long.MAX_VALUE);
    List<long[]> pairs = new ArrayList<>();
    if (limit > 0 && source.order() >= 2) {
      source.forEach(
          (gram, c) -> {
            if (gram.size() == 2 && c >= least) {
              pairs.add(new long[] {ids.get(gram.get(0)), ids.get(gram.get(1)), c});
            }
          });
    }
    data.writeInt(limit);
    data.writeInt(min);
    for (int side = 0; side < 2; side++) {
      int word = side;
      int other = 1 - side;
      List<long[]> listed = new ArrayList<>();
      for (long[] p : pairs) {
        if (LanguageModel.listable(vocabulary.get((int) p[other]))) {
          listed.add(p);
        }
      }
      listed.sort(
          Comparator.<long[]>comparingLong(p -> p[word])
              .thenComparing(Comparator.<long[]>comparingLong(p -> p[2]).reversed())
              .thenComparing(p -> vocabulary.get((int) p[other])));
      int[] start = new int[vocabulary.size() + 1];
      List<Integer> entries = new ArrayList<>();
      int i = 0;
      for (int w = 0; w < vocabulary.size(); w++) {
        start[w] = entries.size();
        int kept = 0;
        for (; i < listed.size() && listed.get(i)[word] == w; i++) {
          if (kept++ < limit) {
            long[] p = listed.get(i);
            entries.add((int) (p[other] << 8) | quantize(p[2]));
          }
        }
      }
      start[vocabulary.size()] = entries.size();
      for (int s : start) {
        data.writeInt(s);
      }
      data.writeInt(entries.size());
      for (int e : entries) {
        data.writeInt(e);
      }
    }
  }

  /** The exact index of every pair stored ({@link BigramIndex}): the pairs the table counts. */
  private static void writePairs(
      NgramCounts source,
      int[] minCounts,
      List<String> vocabulary,
      Map<String, Integer> ids,
      DataOutputStream data)
      throws IOException {
    int[][] pairs = {new int[1024], new int[1024]};
    int[] n = {0};
    if (source.order() >= 2) {
      source.forEach(
          (gram, c) -> {
            if (gram.size() == 2 && c >= minCounts[1]) {
              if (n[0] == pairs[0].length) {
                pairs[0] = Arrays.copyOf(pairs[0], 2 * n[0]);
                pairs[1] = Arrays.copyOf(pairs[1], 2 * n[0]);
              }
              pairs[0][n[0]] = ids.get(gram.get(0));
              pairs[1][n[0]++] = ids.get(gram.get(1));
            }
          });
    }
    BigramIndex.of(vocabulary.size(), pairs[0], pairs[1], n[0]).write(data);
  }

  private static void writeGrams(List<long[]> grams, DataOutputStream data) throws IOException {
    int size = (int) Math.ceil(grams.size() / LOAD) + 1;
    int[] fps = new int[size];
    byte[] qs = new byte[size];
    int stored = 0;
    for (long[] g : grams) {
      int i = insert(g[0], fps);
      int q = Math.min(255, quantize(dequantize(qs[i] & 0xFF) + g[1]));
      if (qs[i] == 0) {
        stored++;
      }
      qs[i] = (byte) q;
    }
    data.writeInt(size);
    data.writeInt(stored);
    for (int fp : fps) {
      data.writeInt(fp);
    }
    data.write(qs);
  }

  private static void writeBlanks(List<long[]> blanks, DataOutputStream data) throws IOException {
    int keys = 0;
    for (int i = 0; i < blanks.size(); i++) {
      if (i == 0 || blanks.get(i)[0] != blanks.get(i - 1)[0]) {
        keys++;
      }
    }
    int size = (int) Math.ceil(keys / LOAD) + 1;
    int[] fps = new int[size];
    int[] offsets = new int[size];
    List<Integer> list = new ArrayList<>();
    int i = 0;
    while (i < blanks.size()) {
      long key = blanks.get(i)[0];
      int j = i;
      while (j < blanks.size() && blanks.get(j)[0] == key) {
        j++;
      }
      int slot = insert(key, fps);
      offsets[slot] = list.size();
      boolean pairs = blanks.get(i)[3] >= 0;
      list.add(((j - i) << 1) | (pairs ? 1 : 0));
      for (int k = i; k < j; k++) {
        list.add((int) blanks.get(k)[2]);
        if (pairs) {
          list.add((int) blanks.get(k)[3]);
        }
      }
      i = j;
    }
    data.writeInt(size);
    data.writeInt(keys);
    for (int fp : fps) {
      data.writeInt(fp);
    }
    for (int o : offsets) {
      data.writeInt(o);
    }
    data.writeInt(list.size());
    for (int v : list) {
      data.writeInt(v);
    }
  }

  /** The slot of {@code key} in a table being built (its own slot when the key is there). */
  private static int insert(long key, int[] fps) {
    int fp = fingerprint(key);
    int size = fps.length;
    for (int i = slot(key, size); ; i = i + 1 == size ? 0 : i + 1) {
      if (fps[i] == fp || fps[i] == 0) {
        fps[i] = fp;
        return i;
      }
    }
  }
}
