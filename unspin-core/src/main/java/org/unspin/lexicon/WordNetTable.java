package org.unspin.lexicon;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet's answers, computed once by {@link #main} and shipped in the jar: for every WordNet lemma
 * and every inflected form of a verb or noun lemma that WordNet's morphology could reduce to it,
 * the {@link WordNetThesaurus} answer and whether {@link Morphology#analyze} finds a reading (also
 * for exception forms with a suffix added, as the processor strips a suffix before it looks
 * exceptions up). Looking a word up in WordNet through extjwnl takes about half a millisecond (a
 * binary search in the data files and synsets parsed on every new word); the table answers in a
 * hash lookup.
 *
 * <p>The table is complete for phrases of lower-case ASCII letters and single spaces: such a phrase
 * that is not in it has no WordNet answer and no reading (only lemmas and their inflections have
 * either). Other phrases (hyphens, apostrophes, digits) are looked up in WordNet itself.
 */
final class WordNetTable {

  /** The classpath resource of the table. */
  static final String RESOURCE = "/org/unspin/lexicon/wordnet.bin";

  private static final byte[] MAGIC = "UNSPWNT1".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;
  private static final byte INFLECTED = 1;

  /** The table file, used as it lies: strings are decoded only when an answer is asked for. */
  private final ByteBuffer data;

  /** Where each string starts (its length byte). */
  private final int[] stringAt;

  /** Open addressing by phrase: where the phrase's row starts + 1 (0: empty slot). */
  private final int[] slots;

  /** The hash of each slot's phrase. */
  private final int[] hashes;

  private final int size;

  private WordNetTable(ByteBuffer data, int[] stringAt, int[] rowAt, int rows) {
    this.data = data;
    this.stringAt = stringAt;
    int capacity = Integer.highestOneBit(Math.max(4, rows) * 2) * 2;
    this.slots = new int[capacity];
    this.hashes = new int[capacity];
    int distinct = 0;
    for (int k = 0; k < rows; k++) {
      int key = data.getInt(rowAt[k]);
      int h = ByteKeys.hash(data, stringAt[key] + 1, data.get(stringAt[key]) & 0xFF);
      int i = h & (capacity - 1);
      while (slots[i] != 0 && !(hashes[i] == h && data.getInt(slots[i] - 1) == key)) {
        i = (i + 1) & (capacity - 1);
      }
      distinct += slots[i] == 0 ? 1 : 0;
      slots[i] = rowAt[k] + 1; // a repeated phrase: the last row wins
      hashes[i] = h;
    }
    this.size = distinct;
  }

  /**
   * The bundled table (read once per JVM), or null when the jar was built without it or it is
   * unreadable.
   */
  static WordNetTable bundled() {
    return Bundled.TABLE;
  }

  private static final class Bundled {
    static final WordNetTable TABLE = readBundled();
  }

  private static WordNetTable readBundled() {
    try (InputStream in = WordNetTable.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(ByteBuffer.wrap(in.readAllBytes()));
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the table alone answers for this phrase (lower-case ASCII letters, single spaces). */
  static boolean covers(String phrase) {
    int n = phrase.length();
    if (n == 0 || phrase.charAt(0) == ' ' || phrase.charAt(n - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = phrase.charAt(i);
      if (c == ' ' ? phrase.charAt(i - 1) == ' ' : c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** WordNet's related phrases of a covered phrase, best first (empty when it has none). */
  List<String> related(String phrase) {
    int row = row(phrase);
    if (row < 0) {
      return List.of();
    }
    int n = data.getShort(row + 5) & 0xFFFF;
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = string(data.getInt(row + 7 + 4 * i));
    }
    return List.of(out);
  }

  /** Whether a covered phrase may be an inflected verb or noun (else it has no reading). */
  boolean mayBeInflected(String phrase) {
    int row = row(phrase);
    return row >= 0 && (data.get(row + 4) & INFLECTED) != 0;
  }

  /** The number of phrases in the table. */
  int size() {
    return size;
  }

  /** Where the phrase's row starts, or -1. */
  private int row(String phrase) {
    byte[] key = phrase.getBytes(StandardCharsets.UTF_8);
    int h = ByteKeys.hash(key);
    int mask = slots.length - 1;
    for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && sameString(data.getInt(slots[i] - 1), key)) {
        return slots[i] - 1;
      }
    }
    return -1;
  }

  private boolean sameString(int id, byte[] key) {
    int at = stringAt[id];
    if ((data.get(at) & 0xFF) != key.length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (data.get(at + 1 + i) != key[i]) {
        return false;
      }
    }
    return true;
  }

  private String string(int id) {
    int at = stringAt[id];
    byte[] b = new byte[data.get(at) & 0xFF];
    data.get(at + 1, b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** Reads a table from a buffer holding the whole file, which it keeps using (no copy). */
  static WordNetTable read(ByteBuffer in) {
    try {
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!Arrays.equals(magic, MAGIC) || in.getInt() != VERSION) {
        throw new IllegalArgumentException("not an unspin WordNet table");
      }
      int[] stringAt = new int[in.getInt()];
      int at = in.position();
      for (int i = 0; i < stringAt.length; i++) {
        stringAt[i] = at;
        at += 1 + (in.get(at) & 0xFF);
      }
      int keys = in.getInt(at);
      at += 4;
      int[] rowAt = new int[keys];
      for (int k = 0; k < keys; k++) {
        rowAt[k] = at;
        int key = in.getInt(at);
        if (key < 0 || key >= stringAt.length) {
          throw new IllegalArgumentException("bad phrase in unspin WordNet table");
        }
        int n = in.getShort(at + 5) & 0xFFFF;
        for (int i = 0; i < n; i++) {
          int id = in.getInt(at + 7 + 4 * i);
          if (id < 0 || id >= stringAt.length) {
            throw new IllegalArgumentException("bad phrase in unspin WordNet table");
          }
        }
        at += 7 + 4 * n;
      }
      if (at > in.limit()) {
        throw new IllegalArgumentException("truncated unspin WordNet table");
      }
      return new WordNetTable(in, stringAt, rowAt, keys);
    } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("truncated unspin WordNet table", e);
    }
  }

  /**
   * Computes the table from WordNet 3.1 through extjwnl (a few minutes) and writes it; the same
   * WordNet gives the same bytes. Usage: {@code WordNetTable OUT}.
   */
  public static void main(String[] args) throws IOException, JWNLException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: WordNetTable OUT");
    }
    WordNetThesaurus wordNet = WordNetThesaurus.loadLive();
    Morphology morphology = wordNet.morphology();
    TreeSet<String> phrases = phrasesToAsk(morphology.dictionary());
    System.err.printf("asking WordNet about %d phrases%n", phrases.size());
    Map<String, Integer> ids = new HashMap<>();
    List<String> strings = new ArrayList<>();
    List<int[]> rows = new ArrayList<>();
    int asked = 0;
    for (String p : phrases) {
      if (++asked % 50_000 == 0) {
        System.err.printf("%d%n", asked);
      }
      List<String> related = wordNet.lookUpLive(p);
      boolean inflected = !morphology.analyzeLive(p).isEmpty();
      if (related.isEmpty() && !inflected) {
        continue;
      }
      int[] row = new int[2 + related.size()];
      row[0] = intern(p, ids, strings);
      row[1] = inflected ? INFLECTED : 0;
      for (int i = 0; i < related.size(); i++) {
        row[2 + i] = intern(related.get(i), ids, strings);
      }
      rows.add(row);
    }
    try (OutputStream file = Files.newOutputStream(Path.of(args[0]))) {
      write(strings, rows, file);
    }
    System.err.printf("%d phrases, %d strings%n", rows.size(), strings.size());
  }

  private static int intern(String s, Map<String, Integer> ids, List<String> strings) {
    return ids.computeIfAbsent(
        s,
        k -> {
          strings.add(k);
          return strings.size() - 1;
        });
  }

  private static void write(List<String> strings, List<int[]> rows, OutputStream out)
      throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.write(MAGIC);
    data.writeInt(VERSION);
    data.writeInt(strings.size());
    for (String s : strings) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      if (b.length > 0xFF) {
        throw new IllegalArgumentException("phrase too long: " + s);
      }
      data.writeByte(b.length);
      data.write(b);
    }
    data.writeInt(rows.size());
    for (int[] row : rows) {
      data.writeInt(row[0]);
      data.writeByte(row[1]);
      data.writeShort(row.length - 2);
      for (int i = 2; i < row.length; i++) {
        data.writeInt(row[i]);
      }
    }
    data.flush();
  }

  /**
   * Every covered phrase that could have an answer or a reading: WordNet's lemmas and exception
   * forms, and each verb or noun lemma with its inflected word (the first of a verb, the last of a
   * noun) turned back through every suffix rule of WordNet's morphology.
   */
  static TreeSet<String> phrasesToAsk(Dictionary dictionary) throws JWNLException {
    TreeSet<String> out = new TreeSet<>();
    Map<String, List<String>> irregular = new HashMap<>();
    for (POS pos : POS.getAllPOS()) {
      for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
        Exc exc = it.next();
        for (String base : exc.getExceptions()) {
          irregular.computeIfAbsent(base, k -> new ArrayList<>()).add(exc.getLemma());
        }
      }
    }
    for (POS pos : POS.getAllPOS()) {
      for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
        String lemma = it.next().getLemma();
        addIfCovered(lemma, out);
        if (pos == POS.VERB || pos == POS.NOUN) {
          String[] words = lemma.split(" ");
          int at = pos == POS.VERB ? 0 : words.length - 1;
          List<String> forms = surfaces(words[at]);
          forms.addAll(irregular.getOrDefault(words[at], List.of()));
          for (String form : forms) {
            String[] copy = words.clone();
            copy[at] = form;
            addIfCovered(String.join(" ", copy), out);
          }
        }
      }
      for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
        Exc exc = it.next();
        addIfCovered(exc.getLemma(), out);
        // the processor also strips a suffix and then looks the rest up as an exception
        for (String form : surfaces(exc.getLemma())) {
          addIfCovered(form, out);
        }
        for (String base : exc.getExceptions()) {
          addIfCovered(base, out);
        }
      }
    }
    return out;
  }

  /** Forms a word could have before WordNet's suffix rules (verbs and nouns) reduced it. */
  private static List<String> surfaces(String w) {
    List<String> out = new ArrayList<>();
    String[][] rules = {
      {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
      {"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
      {"ing", "e"}, {"ing", ""}, {"ied", "y"}, {"ying", "ie"}, {"d", ""}
    };
    for (String[] r : rules) {
      if (w.endsWith(r[1])) {
        out.add(w.substring(0, w.length() - r[1].length()) + r[0]);
      }
    }
    if (!w.isEmpty()) {
      char last = w.charAt(w.length() - 1);
      out.add(w + last + "ed");
      out.add(w + last + "ing");
      out.add(w + last + "es");
    }
    return out;
  }

  private static void addIfCovered(String phrase, TreeSet<String> out) {
    String p = phrase.replace('_', ' ');
    if (covers(p)) {
      out.add(p);
    }
  }

  /** Reads a table file (for tests and tools). */
  static WordNetTable load(Path file) {
    try {
      return read(ByteBuffer.wrap(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WordNet table " + file, e);
    }
  }
}
