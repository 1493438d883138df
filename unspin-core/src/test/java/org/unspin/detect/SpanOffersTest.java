package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SpanOffersTest {

  private static CandidateList list(String... phrases) {
    CandidateList.Builder b = new CandidateList.Builder(phrases.length);
    long token = 1;
    for (String p : phrases) {
      b.add(
          new Relatedness.Related(p, p.split(" "), new Relatedness.Relation(1, "test")),
          new long[] {token++});
    }
    return b.build();
  }

  @Test
  void aSpanIsOfferedAgainOnlyBetweenTheSameNeighbours() {
    SpanOffers offers = new SpanOffers();
    CandidateList candidates = list("pact", "treaty");
    offers.put(7, 1, new SpanOffers.Offer("the", null, candidates, new boolean[] {true, false}));

    SpanOffers.Offer again = offers.get(7, 1, "the", null);
    assertThat(again).isNotNull();
    assertThat(again.candidates()).isSameAs(candidates);
    assertThat(again.beside()).containsExactly(true, false, false, false);
    assertThat(offers.get(7, 1, "a", null)).isNull();
    assertThat(offers.get(7, 1, "the", "was")).isNull();
    assertThat(offers.get(7, 2, "the", null)).isNull();
    assertThat(offers.get(8, 1, "the", null)).isNull();
  }

  @Test
  void theNeighbourCheckIsCopiedNotShared() {
    SpanOffers offers = new SpanOffers();
    boolean[] scratch = {true, true, false, true};
    offers.put(0, 1, new SpanOffers.Offer("of", "said", list("deal", "accord"), scratch));
    scratch[0] = false;
    scratch[3] = false;

    assertThat(offers.get(0, 1, "of", "said").beside()).containsExactly(true, true, false, true);
  }

  @Test
  void aSpanThatOfferedNothingOffersNothingAgain() {
    SpanOffers offers = new SpanOffers();
    offers.put(3, 2, new SpanOffers.Offer(null, "in", null, null));

    assertThat(offers.get(3, 2, null, "in").none()).isTrue();
    assertThat(offers.get(3, 2, "on", "in")).isNull();
  }

  /**
   * Whatever spans share a slot, a span is answered with the last offer kept for it when no other
   * span took its slot since and its neighbours are the same, and otherwise not at all: never with
   * another span's offer or one kept between other neighbours.
   */
  @Property(tries = 200)
  void aLookUpAnswersTheLastOfferOfItsSpanOrNothing(
      @ForAll @Size(max = 60) List<@IntRange(max = 40_000) Integer> firsts,
      @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 4) Integer> lengths,
      @ForAll @Size(max = 60) List<@IntRange(max = 2) Integer> lefts) {
    String[] words = {"the", "of", null};
    SpanOffers offers = new SpanOffers();
    Map<Integer, SpanOffers.Offer> last = new HashMap<>();
    Map<Integer, Integer> slotHolder = new HashMap<>();
    int n = Math.min(firsts.size(), Math.min(lengths.size(), lefts.size()));
    for (int k = 0; k < n; k++) {
      SpanOffers.Offer o =
          new SpanOffers.Offer(
              words[lefts.get(k)], "x" + k, list("w" + k), new boolean[] {true, false});
      int key = firsts.get(k) * 4 + lengths.get(k) - 1;
      offers.put(firsts.get(k), lengths.get(k), o);
      last.put(key, o);
      slotHolder.put(key % SpanOffers.SLOTS, key);
    }
    for (int k = 0; k < n; k++) {
      int first = firsts.get(k);
      int length = lengths.get(k);
      int key = first * 4 + length - 1;
      SpanOffers.Offer want = last.get(key);
      boolean kept = slotHolder.get(key % SpanOffers.SLOTS) == key;
      for (String left : words) {
        SpanOffers.Offer got = offers.get(first, length, left, want.right());
        boolean same = left == null ? want.left() == null : left.equals(want.left());
        if (kept && same) {
          assertThat(got).isNotNull();
          assertThat(got.candidates()).isSameAs(want.candidates());
        } else {
          assertThat(got).isNull();
        }
      }
      assertThat(offers.get(first, length, want.left(), "elsewhere")).isNull();
    }
  }
}
