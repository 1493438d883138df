package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldOutTest {

  private static final Thesaurus NUMBERED =
      phrase -> {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
          out.add(phrase + "-" + i);
        }
        return out;
      };

  @Test
  void holdsOutPairsInBothDirections() {
    HeldOut split = new HeldOut(0.3, 42);
    for (int i = 0; i < 200; i++) {
      String a = "word" + i;
      String b = "other" + (i * 7);
      assertThat(split.isHeldOut(a, b)).isEqualTo(split.isHeldOut(b, a));
    }
  }

  @Test
  void splitsRelatedPhrasesIntoTwoPartsOfTheRequestedShare() {
    HeldOut split = new HeldOut(0.3, 7);
    int heldOut = 0;
    int total = 0;
    for (int w = 0; w < 40; w++) {
      String phrase = "w" + w;
      List<String> only = split.only(NUMBERED).related(phrase);
      List<String> without = split.without(NUMBERED).related(phrase);
      assertThat(only).doesNotContainAnyElementsOf(without);
      assertThat(only.size() + without.size()).isEqualTo(50);
      heldOut += only.size();
      total += 50;
    }
    assertThat((double) heldOut / total).isBetween(0.25, 0.35);
  }

  @Test
  void anotherSeedHoldsOutOtherPairs() {
    assertThat(new HeldOut(0.5, 1).only(NUMBERED).related("x"))
        .isNotEqualTo(new HeldOut(0.5, 2).only(NUMBERED).related("x"));
  }

  @Test
  void aSplitByBaseFormsPutsEveryInflectionOfAPairOnTheSameSide() {
    String[][] pairs = {
      {"builds", "constructs", "build", "construct"},
      {"helped", "assisted", "help", "assist"},
      {"buying", "purchasing", "buy", "purchase"},
      {"cars", "automobiles", "car", "automobile"},
      {"said", "stated", "say", "state"},
    };
    int heldOut = 0;
    for (long seed = 0; seed < 20; seed++) {
      HeldOut split = HeldOut.byBaseForms(0.5, seed);
      for (String[] p : pairs) {
        boolean base = split.isHeldOut(p[2], p[3]);
        assertThat(split.isHeldOut(p[0], p[1]))
            .as("%s/%s, seed %d", p[0], p[1], seed)
            .isEqualTo(base);
        assertThat(split.isHeldOut(p[1], p[2]))
            .as("%s/%s, seed %d", p[1], p[2], seed)
            .isEqualTo(base);
        heldOut += base ? 1 : 0;
      }
    }
    // the base pairs themselves still split about evenly
    assertThat(heldOut).isBetween(25, 75);
  }

  @Test
  void rejectsSharesOutsideZeroToOne() {
    assertThatThrownBy(() -> new HeldOut(1.5, 1)).hasMessageContaining("1.5");
  }
}
