package org.unspin.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A MyThes thesaurus (the OpenOffice/LibreOffice format), such as Debian's mythes-en-us. Synonyms
 * come first, then "similar" terms; "generic", "related" and antonym entries are left out. Keys and
 * phrases are lower case.
 */
public final class MyThesThesaurus implements Thesaurus {

  /** Where Debian's mythes-en-us installs its data file. */
  public static final Path DEBIAN_EN_US = Path.of("/usr/share/mythes/th_en_US_v2.dat");

  private final Map<String, List<String>> entries;

  private MyThesThesaurus(Map<String, List<String>> entries) {
    this.entries = entries;
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

  /** Reads a MyThes {@code .dat} file (first line: its encoding). */
  public static MyThesThesaurus load(Path dat) {
    try (InputStream in = Files.newInputStream(dat)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read MyThes file " + dat, e);
    }
  }

  /** Reads MyThes data from a stream (first line: its encoding). */
  public static MyThesThesaurus read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    int eol = 0;
    while (eol < bytes.length && bytes[eol] != '\n') {
      eol++;
    }
    String encoding = new String(bytes, 0, eol, StandardCharsets.US_ASCII).trim();
    Charset charset =
        Charset.isSupported(encoding) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
    Map<String, List<String>> entries = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes, eol, bytes.length - eol), charset))) {
      String line;
      while ((line = r.readLine()) != null) {
        int bar = line.lastIndexOf('|');
        if (bar <= 0 || line.startsWith("(")) {
          continue;
        }
        String name = line.substring(0, bar);
        String key = name.toLowerCase(Locale.ROOT);
        int senses = parseCount(line.substring(bar + 1));
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> similar = new LinkedHashSet<>();
        for (int i = 0; i < senses; i++) {
          String sense = r.readLine();
          if (sense == null) {
            break;
          }
          if (name.equals(key)) {
            addSense(sense, synonyms, similar);
          }
        }
        synonyms.addAll(similar);
        synonyms.remove(key);
        if (!synonyms.isEmpty()) {
          entries.merge(key, List.copyOf(synonyms), MyThesThesaurus::concat);
        }
      }
    }
    return new MyThesThesaurus(Map.copyOf(entries));
  }

  @Override
  public List<String> related(String phrase) {
    return entries.getOrDefault(phrase, List.of());
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
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

  private static int parseCount(String s) {
    try {
      return Math.max(0, Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
