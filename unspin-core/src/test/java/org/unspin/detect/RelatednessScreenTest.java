package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.Thesaurus;

class RelatednessScreenTest {

  /**
   * Words over few letters with inflection-like endings, so that thesaurus pairs, shared
   * neighbours, shared stems, abbreviations and forms of one word all occur.
   */
  @Provide
  Arbitrary<List<String>> words() {
    Arbitrary<String> stem = Arbitraries.strings().withChars("abrst").ofMinLength(1).ofMaxLength(7);
    Arbitrary<String> ending = Arbitraries.of("", "", "s", "es", "ed", "ing", "ies", "ly", "er");
    Arbitrary<String> word = Combinators.combine(stem, ending).as(String::concat);
    return word.list().ofMinSize(2).ofMaxSize(25).uniqueElements();
  }

  @Property(tries = 400)
  void screensOutOnlyWordsThatRelateToNothing(
      @ForAll("words") List<String> words,
      @ForAll @Size(max = 60) List<@IntRange(max = 999) Integer> edges,
      @ForAll @IntRange(max = 3) int knownAt) {
    // a directed thesaurus (MyThes is not symmetric), some entries of two words
    Map<String, List<String>> map = new HashMap<>();
    Map<String, List<String>> loose = new HashMap<>();
    for (int k = 0; k + 1 < edges.size(); k += 2) {
      String a = words.get(edges.get(k) % words.size());
      String b = words.get(edges.get(k + 1) % words.size());
      if (edges.get(k) % 7 == 0) {
        b = b + " " + a;
      }
      // every fifth entry only in a broad dictionary (loose relations)
      (edges.get(k + 1) % 5 == 0 ? loose : map).computeIfAbsent(a, x -> new ArrayList<>()).add(b);
    }
    Thesaurus thesaurus =
        Thesaurus.withLoose(
            phrase -> map.getOrDefault(phrase, List.of()),
            phrase -> loose.getOrDefault(phrase, List.of()));
    String knownSpun = words.get(knownAt % words.size());
    String knownOriginal = words.get((knownAt + 1) % words.size());
    KnownSpins known =
        spun ->
            spun.equals(knownSpun) ? List.of(new KnownSpins.Original(knownOriginal, 3)) : List.of();
    Relatedness r = new Relatedness(thesaurus, known);
    for (String span : words) {
      Relatedness.Screen screen = r.screen(span);
      for (String word : words) {
        if (r.relate(span, word).strength() > 0) {
          assertThat(screen.mayRelate(word, r.signature(word)))
              .as("%s relates to %s", word, span)
              .isTrue();
        }
      }
    }
  }

  @Property(tries = 300)
  void signaturesMeetExactlyWhenTheyShareAHash(
      @ForAll("words") List<String> words,
      @ForAll @Size(max = 300) List<@IntRange(max = 999) Integer> edges) {
    // entries of very different numbers per word, so that both ways of meeting (looking up by
    // halves, walking both) are taken
    Map<String, List<String>> map = new HashMap<>();
    for (int k = 0; k + 1 < edges.size(); k += 2) {
      String a = words.get(edges.get(k) % words.size() / (1 + edges.get(k) % 3));
      String b = words.get(edges.get(k + 1) % words.size()) + edges.get(k + 1) % 40;
      map.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
    }
    Relatedness r = new Relatedness(phrase -> map.getOrDefault(phrase, List.of()), KnownSpins.NONE);
    for (String a : words) {
      for (String b : words) {
        Set<Integer> shared = hashes(r.signature(a));
        shared.retainAll(hashes(r.signature(b)));
        assertThat(r.signature(a).meets(r.signature(b)))
            .as("%s meets %s", a, b)
            .isEqualTo(!shared.isEmpty());
      }
    }
  }

  private static Set<Integer> hashes(Relatedness.Signature s) {
    Set<Integer> out = new HashSet<>();
    for (int h : s.hashes()) {
      out.add(h);
    }
    return out;
  }

  @Test
  void letsThroughEachKindOfRelationAndScreensOutAnUnrelatedWord() {
    Relatedness r =
        new Relatedness(TinyThesaurus.of("deal=pact", "pact=treaty", "talk=chat"), KnownSpins.NONE);
    Relatedness.Screen deal = r.screen("deals");
    assertThat(deal.mayRelate("pact", r.signature("pact"))).isTrue(); // thesaurus, base form
    assertThat(deal.mayRelate("chat", r.signature("chat"))).isFalse();
    assertThat(r.relate("deals", "chat").strength()).isZero();
    Relatedness.Screen treaty = r.screen("treaty");
    assertThat(treaty.mayRelate("deal", r.signature("deal"))).isTrue(); // a shared neighbour
    assertThat(r.screen("workweek").mayRelate("week", r.signature("week"))).isTrue(); // stem
    assertThat(r.screen("pct").mayRelate("percent", r.signature("percent"))).isTrue();
    Relatedness.Screen talk = r.screen("talk");
    assertThat(talk.mayRelate("wall", r.signature("wall"))).isFalse();
    assertThat(r.relate("talk", "wall").strength()).isZero();
  }
}
