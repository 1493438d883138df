package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The MyThes thesaurus parses entries lazily from an index of headword offsets; its answers must
 * equal those of parsing the whole file up front, line by line ({@link #eager}).
 */
class MyThesIndexTest {

  @Test
  void installedThesaurusAnswersAsAFullParseDoes() throws IOException {
    Assumptions.assumeTrue(
        Files.isReadable(MyThesThesaurus.DEBIAN_EN_US), "mythes-en-us is not installed: skipped");
    byte[] bytes = Files.readAllBytes(MyThesThesaurus.DEBIAN_EN_US);
    Map<String, List<String>> expected = eager(bytes);
    MyThesThesaurus lazy = MyThesThesaurus.load(MyThesThesaurus.DEBIAN_EN_US);
    assertThat(expected).hasSizeGreaterThan(10_000);
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      assertThat(lazy.related(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
    for (String absent : List.of("", "zzqx", "The", "good deal of", "a b c")) {
      assertThat(lazy.related(absent)).isEqualTo(expected.getOrDefault(absent, List.of()));
    }
  }

  @Property(tries = 300)
  void anyFileAnswersAsAFullParseDoes(@ForAll("files") String file) throws IOException {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    Map<String, List<String>> expected = eager(bytes);
    MyThesThesaurus lazy = MyThesThesaurus.read(new ByteArrayInputStream(bytes));
    for (String word : List.of("big", "small", "large", "Big", "ca", "cb", "big deal", "x")) {
      assertThat(lazy.related(word)).as(word).isEqualTo(expected.getOrDefault(word, List.of()));
    }
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> word = Arbitraries.of("big", "small", "large", "Big", "ca", "cb", "big deal");
    Arbitrary<String> term =
        Combinators.combine(word, Arbitraries.of("", " (similar term)", " (generic term)"))
            .as((w, kind) -> w + kind);
    Arbitrary<String> sense =
        term.list().ofMinSize(0).ofMaxSize(4).map(ts -> "(adj)|" + String.join("|", ts));
    Arbitrary<String> entry =
        Combinators.combine(
                word,
                Arbitraries.of("0", "1", "2", "3", "x", " 2"),
                sense.list().ofMaxSize(3),
                Arbitraries.of("\n", "\r\n"))
            .as(
                (w, count, senses, eol) -> {
                  StringBuilder sb = new StringBuilder(w).append('|').append(count).append(eol);
                  for (String s : senses) {
                    sb.append(s).append(eol);
                  }
                  return sb.toString();
                });
    return entry.list().ofMaxSize(8).map(es -> "UTF-8\n" + String.join("", es));
  }

  /** The whole file parsed line by line, as the thesaurus once did at load. */
  private static Map<String, List<String>> eager(byte[] bytes) throws IOException {
    int eol = 0;
    while (eol < bytes.length && bytes[eol] != '\n') {
      eol++;
    }
    Map<String, List<String>> entries = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new ByteArrayInputStream(bytes, eol, bytes.length - eol),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int bar = line.lastIndexOf('|');
        if (bar <= 0 || line.startsWith("(")) {
          continue;
        }
        String name = line.substring(0, bar);
        String key = name.toLowerCase(Locale.ROOT);
        int senses;
        try {
          senses = Math.max(0, Integer.parseInt(line.substring(bar + 1).trim()));
        } catch (NumberFormatException e) {
          senses = 0;
        }
        Set<String> synonyms = new LinkedHashSet<>();
        Set<String> similar = new LinkedHashSet<>();
        for (int i = 0; i < senses; i++) {
          String sense = r.readLine();
          if (sense == null) {
            break;
          }
          if (name.equals(key)) {
            String[] parts = sense.split("\\|");
            for (int p = 1; p < parts.length; p++) {
              String term = parts[p].trim();
              int paren = term.indexOf(" (");
              String w = paren < 0 ? term : term.substring(0, paren);
              if (!w.equals(w.toLowerCase(Locale.ROOT))) {
                continue;
              }
              if (paren < 0) {
                synonyms.add(w);
              } else if (term.endsWith("(similar term)")) {
                similar.add(w);
              }
            }
          }
        }
        synonyms.addAll(similar);
        synonyms.remove(key);
        if (!synonyms.isEmpty()) {
          entries.merge(
              key,
              List.copyOf(synonyms),
              (a, b) -> {
                Set<String> all = new LinkedHashSet<>(a);
                all.addAll(b);
                return List.copyOf(new ArrayList<>(all));
              });
        }
      }
    }
    return entries;
  }
}
