package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ScreenIndexTest {

  /** Words over few letters with inflection-like endings (shared stems and forms occur). */
  @Provide
  Arbitrary<List<String>> words() {
    Arbitrary<String> stem = Arbitraries.strings().withChars("abrst").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> ending = Arbitraries.of("", "", "s", "ed", "ing", "ly");
    Arbitrary<String> word = Combinators.combine(stem, ending).as(String::concat);
    return word.list().ofMinSize(1).ofMaxSize(64).uniqueElements();
  }

  private static FillerCache.Fills list(List<String> words) {
    String[][] split = new String[words.size()][];
    for (int k = 0; k < split.length; k++) {
      split[k] = new String[] {words.get(k)};
    }
    return new FillerCache.Fills(words.toArray(new String[0]), split, null);
  }

  private static Relatedness.Signature[] signatures(Relatedness r, List<String> words) {
    Relatedness.Signature[] out = new Relatedness.Signature[words.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = r.signature(words.get(k));
    }
    return out;
  }

  /** The index's answer for a whole list is each entry's own {@code meets}, bit for bit. */
  @Property(tries = 300)
  void anEntryMeetsTheSpanExactlyWhenItsSignatureDoes(
      @ForAll("words") List<String> list,
      @ForAll("words") List<String> spans,
      @ForAll @Size(max = 300) List<@IntRange(max = 999) Integer> edges) {
    List<String> all = new ArrayList<>(list);
    all.addAll(spans);
    Map<String, List<String>> map = new HashMap<>();
    for (int k = 0; k + 1 < edges.size(); k += 2) {
      String a = all.get(edges.get(k) % all.size());
      String b = all.get(edges.get(k + 1) % all.size()) + edges.get(k + 1) % 30;
      map.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
    }
    Relatedness r = new Relatedness(phrase -> map.getOrDefault(phrase, List.of()), KnownSpins.NONE);
    FillerCache.Fills near = list(list);
    Relatedness.Signature[] sigs = signatures(r, list);
    ScreenIndex index = ScreenIndex.of(near, sigs);
    assertThat(index.isOf(near)).isTrue();
    for (String span : spans) {
      Relatedness.Signature s = r.signature(span);
      long meeting = index.meeting(s);
      for (int k = 0; k < sigs.length; k++) {
        assertThat((meeting >>> k & 1) != 0)
            .as("%s meets %s", span, list.get(k))
            .isEqualTo(s.meets(sigs[k]));
      }
      assertThat(meeting >>> sigs.length == 0 || sigs.length == 64).isTrue();
    }
  }

  @Test
  void findsTheEntriesSharingANeighbourAndNoOthers() {
    Relatedness r =
        new Relatedness(
            TinyThesaurus.of("deal=pact", "pact=treaty", "talk=chat", "accord=pact"),
            KnownSpins.NONE);
    List<String> followers = List.of("chat", "treaty", "bread", "accord");
    ScreenIndex index = ScreenIndex.of(list(followers), signatures(r, followers));

    long meeting = index.meeting(r.signature("deal"));
    assertThat(meeting & 1).isZero(); // chat
    assertThat(meeting >>> 2 & 1).isZero(); // bread
    assertThat(meeting >>> 1 & 1)
        .isEqualTo(r.signature("deal").meets(r.signature("treaty")) ? 1 : 0);
    assertThat(meeting >>> 3 & 1).isEqualTo(1); // accord: "pact" is a neighbour of both
    assertThat(index.isOf(list(followers))).isFalse(); // another list, though alike
  }

  @Test
  void aListLongerThanSixtyFourEntriesHasNoIndex() {
    Relatedness r = new Relatedness(TinyThesaurus.of("deal=pact"), KnownSpins.NONE);
    List<String> many = new ArrayList<>();
    for (int k = 0; k < 65; k++) {
      many.add("w" + k);
    }
    assertThat(ScreenIndex.of(list(many), signatures(r, many))).isNull();
  }
}
