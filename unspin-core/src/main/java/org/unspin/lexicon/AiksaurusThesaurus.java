package org.unspin.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Aiksaurus thesaurus (Debian's libaiksaurus-1.2-data, derived from the Moby thesaurus and
 * built independently of WordNet): about 25,000 words grouped into 2,600 broad meanings.
 *
 * <p>Its two binary files: {@code words.dat} holds one entry per word, in word-id order: the word
 * (ISO-8859-1, ':' for a space, NUL-terminated), then the big-endian 16-bit ids of its meanings,
 * ended by 0xFFFF. {@code meanings.dat} holds one list per meaning, in meaning-id order: two title
 * words, then every member word (titles included, ascending), as 16-bit word ids ended by 0xFFFF. A
 * word's related words are the members of its meanings: the titles first (the meanings' headlines),
 * then the rest, meaning by meaning. Capitalised words are names and left out. Loading reads both
 * files whole (about 520 KB). Thread-safe (immutable).
 */
public final class AiksaurusThesaurus implements Thesaurus {

  /** Where Debian's libaiksaurus-1.2-data installs its two files. */
  public static final Path DEBIAN_DIR = Path.of("/usr/share/aiksaurus");

  /**
   * The system property naming another folder holding {@code words.dat} and {@code meanings.dat}.
   */
  public static final String DIR_PROPERTY = "unspin.aiksaurus";

  private static final int END = 0xFFFF;

  /** Each word's text (a space where the file has ':'), or null for a name. */
  private final String[] words;

  /** The lower-case words' ids. */
  private final Map<String, Integer> ids;

  /** Each word's meaning ids. */
  private final int[][] meaningsOf;

  /** Each meaning's word ids: its two titles, then its members. */
  private final int[][] members;

  private AiksaurusThesaurus(String[] words, int[][] meaningsOf, int[][] members) {
    this.words = words;
    this.meaningsOf = meaningsOf;
    this.members = members;
    Map<String, Integer> byName = new HashMap<>(words.length * 2);
    for (int i = 0; i < words.length; i++) {
      if (words[i] != null) {
        byName.putIfAbsent(words[i], i);
      }
    }
    this.ids = byName;
  }

  /**
   * The folder the detector and the spinner read: the {@value #DIR_PROPERTY} system property when
   * set, otherwise {@link #DEBIAN_DIR}.
   */
  public static Path installedDir() {
    String dir = System.getProperty(DIR_PROPERTY);
    return dir == null || dir.isBlank() ? DEBIAN_DIR : Path.of(dir);
  }

  /**
   * The installed Aiksaurus thesaurus ({@link #installedDir}), or empty when it is not installed,
   * unreadable or malformed.
   */
  public static Optional<AiksaurusThesaurus> loadInstalled() {
    Path dir = installedDir();
    if (!Files.isReadable(dir.resolve("words.dat"))
        || !Files.isReadable(dir.resolve("meanings.dat"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(load(dir));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads {@code words.dat} and {@code meanings.dat} from {@code dir}.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when a file is not in Aiksaurus's format (one-line message)
   */
  public static AiksaurusThesaurus load(Path dir) throws IOException {
    return of(
        Files.readAllBytes(dir.resolve("words.dat")),
        Files.readAllBytes(dir.resolve("meanings.dat")));
  }

  /**
   * Reads the two files' bytes.
   *
   * @throws IllegalArgumentException when they are not in Aiksaurus's format (one-line message)
   */
  public static AiksaurusThesaurus of(byte[] wordsDat, byte[] meaningsDat) {
    List<String> names = new ArrayList<>();
    List<int[]> meaningsOf = new ArrayList<>();
    int pos = 0;
    while (pos < wordsDat.length) {
      int nul = pos;
      while (nul < wordsDat.length && wordsDat[nul] != 0) {
        nul++;
      }
      if (nul == wordsDat.length || nul == pos) {
        throw malformed("words.dat", "a word without its end at byte " + pos);
      }
      String word = new String(wordsDat, pos, nul - pos, StandardCharsets.ISO_8859_1);
      pos = nul + 1;
      int[] list = new int[4];
      int n = 0;
      while (true) {
        if (pos + 2 > wordsDat.length) {
          throw malformed("words.dat", "meanings of \"" + word + "\" cut off");
        }
        int id = u16(wordsDat, pos);
        pos += 2;
        if (id == END) {
          break;
        }
        if (n == list.length) {
          list = Arrays.copyOf(list, n * 2);
        }
        list[n++] = id;
      }
      names.add(word.equals(word.toLowerCase(Locale.ROOT)) ? word.replace(':', ' ') : null);
      meaningsOf.add(Arrays.copyOf(list, n));
    }
    int[][] members = lists(meaningsDat, names.size());
    for (int[] ms : meaningsOf) {
      for (int m : ms) {
        if (m >= members.length) {
          throw malformed("words.dat", "meaning " + m + " of " + members.length);
        }
      }
    }
    if (names.isEmpty()) {
      throw malformed("words.dat", "no words");
    }
    return new AiksaurusThesaurus(
        names.toArray(new String[0]), meaningsOf.toArray(new int[0][]), members);
  }

  /** The meanings' word-id lists, each checked: two titles at least, ids below {@code words}. */
  private static int[][] lists(byte[] dat, int words) {
    if (dat.length % 2 != 0) {
      throw malformed("meanings.dat", "odd length " + dat.length);
    }
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int pos = 0; pos < dat.length; pos += 2) {
      int id = u16(dat, pos);
      if (id != END) {
        if (id >= words) {
          throw malformed("meanings.dat", "word " + id + " of " + words + " at byte " + pos);
        }
        continue;
      }
      int n = (pos - start) / 2;
      if (n < 2) {
        throw malformed("meanings.dat", "meaning " + out.size() + " without its two titles");
      }
      int[] list = new int[n];
      for (int k = 0; k < n; k++) {
        list[k] = u16(dat, start + 2 * k);
      }
      out.add(list);
      start = pos + 2;
    }
    if (start != dat.length) {
      throw malformed("meanings.dat", "last meaning cut off");
    }
    return out.toArray(new int[0][]);
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
  }

  private static IllegalArgumentException malformed(String file, String what) {
    return new IllegalArgumentException("not an Aiksaurus " + file + ": " + what);
  }

  @Override
  public List<String> related(String phrase) {
    Integer id = ids.get(phrase);
    if (id == null) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    int[] ms = meaningsOf[id];
    for (int m : ms) {
      add(out, members[m][0]);
      add(out, members[m][1]);
    }
    for (int m : ms) {
      int[] list = members[m];
      for (int k = 2; k < list.length; k++) {
        add(out, list[k]);
      }
    }
    out.remove(phrase);
    return List.copyOf(out);
  }

  private void add(Set<String> out, int word) {
    String w = words[word];
    if (w != null) {
      out.add(w);
    }
  }

  /** The number of lower-case words. */
  public int size() {
    return ids.size();
  }

  /** The number of meanings. */
  public int meanings() {
    return members.length;
  }
}
