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

  private final String[] strings;
  private final Map<String, int[]> entries;

  private WordNetTable(String[] strings, Map<String, int[]> entries) {
    this.strings = strings;
    this.entries = entries;
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
    int[] e = entries.get(phrase);
    if (e == null || e.length == 1) {
      return List.of();
    }
    String[] out = new String[e.length - 1];
    for (int i = 1; i < e.length; i++) {
      out[i - 1] = strings[e[i]];
    }
    return List.of(out);
  }

  /** Whether a covered phrase may be an inflected verb or noun (else it has no reading). */
  boolean mayBeInflected(String phrase) {
    int[] e = entries.get(phrase);
    return e != null && (e[0] & INFLECTED) != 0;
  }

  /** The number of phrases in the table. */
  int size() {
    return entries.size();
  }

  static WordNetTable read(ByteBuffer in) {
    try {
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!Arrays.equals(magic, MAGIC) || in.getInt() != VERSION) {
        throw new IllegalArgumentException("not an unspin WordNet table");
      }
      String[] strings = new String[in.getInt()];
      byte[] buf = new byte[256];
      for (int i = 0; i < strings.length; i++) {
        int len = in.get() & 0xFF;
        in.get(buf, 0, len);
        strings[i] = new String(buf, 0, len, StandardCharsets.UTF_8);
      }
      int keys = in.getInt();
      Map<String, int[]> entries = new HashMap<>(keys * 2);
      for (int k = 0; k < keys; k++) {
        String key = strings[in.getInt()];
        int flags = in.get();
        int[] e = new int[1 + (in.getShort() & 0xFFFF)];
        e[0] = flags;
        for (int i = 1; i < e.length; i++) {
          e[i] = in.getInt();
        }
        entries.put(key, e);
      }
      return new WordNetTable(strings, entries);
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
