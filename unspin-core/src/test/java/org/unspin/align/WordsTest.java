package org.unspin.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordsTest {

  /** The definition of a word the scanner implements, as a regular expression. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,\\-][\\p{L}\\p{N}]+)*");

  @Test
  void keepsInnerDotsCommasAndHyphensAndLowerCases() {
    Words w = Words.of("The U.S. sold 1,234.5 tonnes -- part-time, Ærø's ½ share.");
    assertThat(w.normalized())
        .containsExactly(
            "the", "u.s", "sold", "1,234.5", "tonnes", "part-time", "ærø", "s", "½", "share");
    assertThat(w.span(1, 3)).isEqualTo("U.S. sold");
  }

  @Property(tries = 500)
  void splitsExactlyAsTheRegularExpressionDefinesWords(@ForAll("texts") String text) {
    Matcher m = WORD.matcher(text);
    List<int[]> expected = new ArrayList<>();
    List<String> norm = new ArrayList<>();
    while (m.find()) {
      expected.add(new int[] {m.start(), m.end()});
      norm.add(m.group().toLowerCase(Locale.ROOT));
    }
    Words w = Words.of(text);
    assertThat(w.size()).isEqualTo(expected.size());
    for (int i = 0; i < w.size(); i++) {
      assertThat(new int[] {w.starts()[i], w.ends()[i]}).containsExactly(expected.get(i));
    }
    assertThat(w.normalized()).isEqualTo(norm);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> chars =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.chars().alpha()),
            net.jqwik.api.Tuple.of(2, Arbitraries.chars().numeric()),
            net.jqwik.api.Tuple.of(3, Arbitraries.of(' ', '.', ',', '-', '\'', '\n', '\u2019')),
            net.jqwik.api.Tuple.of(
                2, Arbitraries.of('é', 'Ä', 'ß', 'İ', '½', 'Ⅻ', '٣', '中', '\u00a0', '—')),
            net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
    return chars
        .list()
        .ofMaxSize(60)
        .map(
            cs -> {
              StringBuilder sb = new StringBuilder();
              cs.forEach(sb::append);
              return sb.toString();
            });
  }
}
