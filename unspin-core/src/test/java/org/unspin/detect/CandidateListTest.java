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

  private static long[] range(CandidateList list, int k) {
    return Arrays.copyOfRange(list.tokens(), list.from(k), list.to(k));
  }
}
