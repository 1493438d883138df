package org.unspin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A MyThes thesaurus (the OpenOffice/LibreOffice format), such as Debian's mythes-en-us. Synonyms
 * come first, then "similar" terms; "generic", "related" and antonym entries are left out. Keys and
 * phrases are lower case; only headwords written in lower case count (a capitalised headword is a
 * name).
 *
 * <p>The file is used as it lies: loading only finds where each lower-case headword's entry starts
 * (no strings built), and an entry is parsed the first time it is asked for (parsing all of
 * mythes-en-us up front took about 1.4 s of a cold start). Thread-safe.
 */
public final class MyThesThesaurus implements Thesaurus {

  /** Where Debian's mythes-en-us installs its data file. */
  public static final Path DEBIAN_EN_US = Path.of("/usr/share/mythes/th_en_US_v2.dat");

  /** The data, in an ASCII-compatible charset. */
  private final ByteBuffer data;

  private final Charset charset;

  /** Open addressing over headword entries: the entry's offset + 1 (0: empty slot). */
  private final int[] slots;

  /** The hash of each slot's headword bytes. */
  private final int[] hashes;

  private final int headwords;

  /** Entries parsed so far (at most one per headword). */
  private final ConcurrentHashMap<String, List<String>> parsed = new ConcurrentHashMap<>();

  private MyThesThesaurus(ByteBuffer data, Charset charset, int[] starts, int count) {
    this.data = data;
    this.charset = charset;
    int size = Integer.highestOneBit(Math.max(4, count) * 2) * 2;
    this.slots = new int[size];
    this.hashes = new int[size];
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      int at = starts[k];
      int end = nameEnd(at);
      int h = ByteKeys.hash(data, at, end - at);
      int i = h & (size - 1);
      boolean repeat = false;
      while (slots[i] != 0) {
        repeat |= hashes[i] == h && sameName(slots[i] - 1, at, end);
        i = (i + 1) & (size - 1);
      }
      slots[i] = at + 1;
      hashes[i] = h;
      distinct += repeat ? 0 : 1;
    }
    this.headwords = distinct;
  }

  /** The installed mythes-en-us thesaurus, or empty when it is not installed or unreadable. */
  public static Optional<MyThesThesaurus> loadInstalled() {
    if (!Files.isReadable(DEBIAN_EN_US)) {
      return Optional.empty();
    }
    try {
      return Optional.of(load(DEBIAN_EN_US));
    } catch (UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Memory-maps a MyThes {@code .dat} file (first line: its encoding). */
  public static MyThesThesaurus load(Path dat) {
    try (FileChannel channel = FileChannel.open(dat, StandardOpenOption.READ)) {
      return of(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read MyThes file " + dat, e);
    }
  }

  /** Reads MyThes data from a stream (first line: its encoding). */
  public static MyThesThesaurus read(InputStream in) throws IOException {
    return of(ByteBuffer.wrap(in.readAllBytes()));
  }

  private static MyThesThesaurus of(ByteBuffer data) {
    int n = data.limit();
    int eol = 0;
    while (eol < n && data.get(eol) != '\n') {
      eol++;
    }
    byte[] head = new byte[eol];
    data.get(0, head);
    String encoding = new String(head, StandardCharsets.US_ASCII).trim();
    Charset charset =
        Charset.isSupported(encoding) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
    if (!"\n|(".equals(new String("\n|(".getBytes(charset), StandardCharsets.ISO_8859_1))) {
      // not ASCII-compatible (never seen in practice): re-encode what follows the first line
      byte[] rest = new byte[n - eol];
      data.get(eol, rest);
      byte[] utf8 = new String(rest, charset).getBytes(StandardCharsets.UTF_8);
      data = ByteBuffer.wrap(utf8);
      charset = StandardCharsets.UTF_8;
      n = utf8.length;
      eol = 0;
    }
    return index(data, charset, eol, n);
  }

  /**
   * Finds the lower-case headwords, reading lines as {@link java.io.BufferedReader#readLine} would:
   * a headword line "name|senses" is followed by that many sense lines; other lines are skipped.
   */
  private static MyThesThesaurus index(ByteBuffer data, Charset charset, int from, int n) {
    int[] starts = new int[1 << 16];
    int count = 0;
    int pos = from;
    while (pos < n) {
      int start = pos;
      int end = lineEnd(data, pos, n);
      pos = nextLine(data, end, n);
      int bar = lastBar(data, start, end);
      if (bar <= start || data.get(start) == '(') {
        continue;
      }
      int senses = senseCount(data, bar + 1, end, charset);
      for (int i = 0; i < senses && pos < n; i++) {
        pos = nextLine(data, lineEnd(data, pos, n), n);
      }
      if (lowerCase(data, start, bar, charset)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = start;
      }
    }
    return new MyThesThesaurus(data, charset, starts, count);
  }

  @Override
  public List<String> related(String phrase) {
    List<String> known = parsed.get(phrase);
    if (known != null) {
      return known;
    }
    byte[] key = phrase.getBytes(charset);
    int h = ByteKeys.hash(key);
    int mask = slots.length - 1;
    int[] found = new int[2];
    int matches = 0;
    for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
      int at = slots[i] - 1;
      if (hashes[i] == h && nameEquals(at, key)) {
        if (matches == found.length) {
          found = Arrays.copyOf(found, matches * 2);
        }
        found[matches++] = at;
      }
    }
    if (matches == 0) {
      return List.of();
    }
    Arrays.sort(found, 0, matches);
    Set<String> all = new LinkedHashSet<>();
    for (int k = 0; k < matches; k++) {
      all.addAll(entry(found[k], phrase));
    }
    List<String> out = List.copyOf(all);
    parsed.putIfAbsent(phrase, out);
    return out;
  }

  /** The number of distinct lower-case headwords. */
  public int size() {
    return headwords;
  }

  /** The synonyms, then similar terms, of the headword whose line starts at {@code at}. */
  private List<String> entry(int at, String key) {
    int n = data.limit();
    int end = lineEnd(data, at, n);
    int bar = lastBar(data, at, end);
    int senses = senseCount(data, bar + 1, end, charset);
    Set<String> synonyms = new LinkedHashSet<>();
    Set<String> similar = new LinkedHashSet<>();
    int pos = nextLine(data, end, n);
    for (int i = 0; i < senses && pos < n; i++) {
      int lineEnd = lineEnd(data, pos, n);
      addSense(decode(data, pos, lineEnd, charset), synonyms, similar);
      pos = nextLine(data, lineEnd, n);
    }
    synonyms.addAll(similar);
    synonyms.remove(key);
    return List.copyOf(synonyms);
  }

  private static void addSense(String sense, Set<String> synonyms, Set<String> similar) {
    String[] parts = sense.split("\\|");
    for (int i = 1; i < parts.length; i++) {
      String term = parts[i].trim();
      int paren = term.indexOf(" (");
      String word = paren < 0 ? term : term.substring(0, paren);
      if (!word.equals(word.toLowerCase(Locale.ROOT))) {
        continue; // a name
      }
      if (paren < 0) {
        synonyms.add(word);
      } else if (term.endsWith("(similar term)")) {
        similar.add(word);
      }
    }
  }

  /** The number of senses after a headword's bar, 0 when it is no number. */
  private static int senseCount(ByteBuffer data, int from, int to, Charset charset) {
    int v = 0;
    boolean digits = to > from && to - from <= 6;
    for (int i = from; i < to && digits; i++) {
      int b = data.get(i);
      digits = b >= '0' && b <= '9';
      v = v * 10 + b - '0';
    }
    if (digits) {
      return v;
    }
    try {
      return Math.max(0, Integer.parseInt(decode(data, from, to, charset).trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Whether the headword in {@code [from, to)} is written in lower case. */
  private static boolean lowerCase(ByteBuffer data, int from, int to, Charset charset) {
    for (int i = from; i < to; i++) {
      int b = data.get(i);
      if (b < 0) {
        String name = decode(data, from, to, charset);
        return name.equals(name.toLowerCase(Locale.ROOT));
      }
      if (b >= 'A' && b <= 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Where the headword of the line at {@code at} ends (its last bar). */
  private int nameEnd(int at) {
    return lastBar(data, at, lineEnd(data, at, data.limit()));
  }

  private boolean sameName(int a, int b, int bEnd) {
    int aEnd = nameEnd(a);
    if (aEnd - a != bEnd - b) {
      return false;
    }
    for (int i = 0; i < aEnd - a; i++) {
      if (data.get(a + i) != data.get(b + i)) {
        return false;
      }
    }
    return true;
  }

  private boolean nameEquals(int at, byte[] key) {
    int end = nameEnd(at);
    if (end - at != key.length) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (data.get(at + i) != key[i]) {
        return false;
      }
    }
    return true;
  }

  private static int lastBar(ByteBuffer data, int from, int end) {
    int bar = end - 1;
    while (bar >= from && data.get(bar) != '|') {
      bar--;
    }
    return bar;
  }

  /** The end of the line starting at {@code pos} (its terminator, or {@code n}). */
  private static int lineEnd(ByteBuffer data, int pos, int n) {
    int i = pos;
    while (i < n) {
      byte b = data.get(i);
      if (b == '\n' || b == '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  /** The start of the next line after a line ending at {@code end} ("\r\n" is one terminator). */
  private static int nextLine(ByteBuffer data, int end, int n) {
    if (end >= n) {
      return n;
    }
    return data.get(end) == '\r' && end + 1 < n && data.get(end + 1) == '\n' ? end + 2 : end + 1;
  }

  private static String decode(ByteBuffer data, int from, int to, Charset charset) {
    byte[] b = new byte[to - from];
    data.get(from, b);
    return new String(b, charset);
  }
}
