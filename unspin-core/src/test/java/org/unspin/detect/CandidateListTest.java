package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CandidateListTest {

  private static Relatedness.Related related(String phrase) {
    return new Relatedness.Related(phrase, phrase.split(" "), new Relatedness.Relation(1, "test"));
  }

  @Test
  void keepsEachCandidatesTokensInItsOwnRange() {
    CandidateList.Builder b = new CandidateList.Builder(1);
    b.add(related("due to"), new long[] {7, 8});
    b.addNone();
    b.add(related("x y z"), new long[] {0, 1, 2, 3, 4}, 2, 5);
    CandidateList list = b.build();

    assertThat(list.size()).isEqualTo(3);
    assertThat(list.get(1)).isNull();
    assertThat(range(list, 0)).containsExactly(7, 8);
    assertThat(range(list, 1)).isEmpty();
    assertThat(range(list, 2)).containsExactly(2, 3, 4);
  }

  @Test
  void aCandidatePutInPlaceOfAnUnrelatedOneKeepsItsPosition() {
    CandidateList.Builder b = new CandidateList.Builder(2);
    b.addNone();
    b.add(related("week"), new long[] {5});
    assertThat(b.isNone(0)).isTrue();
    b.set(0, related("take part"), new long[] {1, 2}, 0, 2);
    CandidateList list = b.build();

    assertThat(list.get(0).phrase()).isEqualTo("take part");
    assertThat(range(list, 0)).containsExactly(1, 2);
    assertThat(range(list, 1)).containsExactly(5);
  }

  @Test
  void aSharedListAnswersAsItsEntriesCopiedInPlace() {
    CandidateList.Builder shared = new CandidateList.Builder(3);
    shared.add(related("pact"), new long[] {11});
    shared.addNone();
    shared.add(related("due to"), new long[] {12, 13});
    shared.add(related("treaty"), new long[] {14});
    CandidateList thesaurus = shared.build();

    CandidateList.Builder b = new CandidateList.Builder(2);
    b.add(related("deal"), new long[] {10});
    b.addNone();
    b.addAll(thesaurus);
    b.skip(3); // "treaty" is a filler already
    b.set(1, related("treaty"), new long[] {14}, 0, 1);
    b.oneSidedFromHere();
    b.add(related("accord"), new long[] {15});
    CandidateList list = b.build();

    assertThat(list.size()).isEqualTo(7);
    String[] phrases = {"deal", "treaty", "pact", null, "due to", null, "accord"};
    boolean[] none = {false, false, false, true, false, true, false};
    long[][] tokens = {{10}, {14}, {11}, {}, {12, 13}, {}, {15}};
    for (int k = 0; k < list.size(); k++) {
      assertThat(list.phrase(k)).as("phrase %d", k).isEqualTo(phrases[k]);
      assertThat(list.isNone(k)).as("none %d", k).isEqualTo(none[k]);
      assertThat(list.get(k) == null).as("get %d", k).isEqualTo(none[k]);
      if (!none[k]) {
        assertThat(Arrays.copyOfRange(list.tokens(k), list.from(k), list.to(k)))
            .as("tokens %d", k)
            .containsExactly(tokens[k]);
      }
      assertThat(list.oneSided(k)).isEqualTo(k == 6);
    }
  }

  @Test
  void findsTheCandidatesStartingWithATokenInTheListsOrder() {
    CandidateList.Builder b = new CandidateList.Builder(5);
    b.add(related("take part"), new long[] {9, 2});
    b.add(related("pact"), new long[] {4});
    b.addNone(); // no tokens: starts with none
    b.add(related("take"), new long[] {9});
    b.add(related("accord"), new long[] {1});
    b.add(related("take on"), new long[] {9, 3});
    CandidateList list = b.build();

    assertThat(starting(list, 9)).containsExactly(0, 3, 5);
    assertThat(starting(list, 4)).containsExactly(1);
    assertThat(starting(list, 1)).containsExactly(4);
    assertThat(starting(list, 5)).isEmpty();
    assertThat(starting(list, 0)).isEmpty();
    assertThat(starting(list, 10)).isEmpty();
  }

  private static int[] starting(CandidateList list, long token) {
    long range = list.startingWith(token);
    int from = (int) (range >>> 32);
    int to = (int) range;
    int[] out = new int[to - from];
    for (int j = from; j < to; j++) {
      out[j - from] = list.byFirst(j);
    }
    return out;
  }

  private static long[] range(CandidateList list, int k) {
    return Arrays.copyOfRange(list.tokens(), list.from(k), list.to(k));
  }
}
