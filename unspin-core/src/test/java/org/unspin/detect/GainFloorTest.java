package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class GainFloorTest {

  private static final double REACH = 7.6;

  /** A scored wording: its gain and the flags {@link GainFloor} is told. */
  private record Wording(double gain, boolean apart, boolean inflected, boolean close) {}

  @Test
  void cutsNothingUntilFourWordingsAreScored() {
    GainFloor floor = new GainFloor(REACH);
    assertThat(floor.floor(false, false, false)).isEqualTo(Double.NEGATIVE_INFINITY);
    for (int k = 0; k < GainFloor.KEPT - 1; k++) {
      floor.add(10 - k, false, false, false);
      assertThat(floor.floor(false, false, false)).isEqualTo(Double.NEGATIVE_INFINITY);
    }
    floor.add(6, false, false, false);
    // the fourth best (6) is above the best less the reach (10 - 7.6), and no uninflected wording
    // scored so far is above 10
    assertThat(floor.floor(false, true, false)).isEqualTo(10 - REACH);
    assertThat(floor.floor(false, false, false)).isEqualTo(10 - REACH);
  }

  @Test
  void theFirstCloseOrUninflectedWordingIsNeverCut() {
    GainFloor floor = new GainFloor(REACH);
    for (int k = 0; k < 6; k++) {
      floor.add(20 - k, false, true, false);
    }
    assertThat(floor.floor(false, true, false)).isEqualTo(20 - REACH);
    // no uninflected wording yet: the next one may be the detecting wording at any gain
    assertThat(floor.floor(false, false, false)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(floor.floor(true, false, true)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void wordingsKeptApartDoNotRaiseTheOthersFloor() {
    GainFloor floor = new GainFloor(REACH);
    for (int k = 0; k < 6; k++) {
      floor.add(30 - k, true, false, false);
    }
    // the others may be compared without the apart wordings: nothing bounds them but the reach
    assertThat(floor.floor(false, true, false)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(floor.floor(true, true, false)).isEqualTo(30 - REACH);
  }

  /**
   * The claim that makes the cut exact: a wording below the floor when it comes is, once every
   * wording is scored, not within the reach of the best, not among the four best of the wordings it
   * is compared with (all of them, or those not kept apart), not above every uninflected one (when
   * it is uninflected) and not above every close one (when it is close).
   */
  @Property(tries = 500)
  void aWordingBelowTheFloorChangesNothing(
      @ForAll @Size(max = 40) List<@IntRange(min = -30, max = 30) Integer> gains,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 7) Integer> flags) {
    GainFloor floor = new GainFloor(REACH);
    List<Wording> all = new ArrayList<>();
    List<Wording> cut = new ArrayList<>();
    for (int k = 0; k < gains.size(); k++) {
      int f = k < flags.size() ? flags.get(k) : 0;
      Wording w = new Wording(gains.get(k) / 2.0, (f & 1) != 0, (f & 2) != 0, (f & 4) != 0);
      if (w.gain() < floor.floor(w.apart(), w.inflected(), w.close())) {
        cut.add(w);
      } else {
        floor.add(w.gain(), w.apart(), w.inflected(), w.close());
      }
      all.add(w);
    }
    double best = all.stream().mapToDouble(Wording::gain).max().orElse(0);
    for (Wording w : cut) {
      assertThat(w.gain()).isLessThan(best - REACH);
      for (boolean withApart : new boolean[] {true, false}) {
        if (w.apart() && !withApart) {
          continue;
        }
        List<Wording> compared =
            all.stream().filter(o -> withApart || !o.apart()).filter(o -> o != w).toList();
        assertThat(compared.stream().filter(o -> o.gain() > w.gain()).count())
            .isGreaterThanOrEqualTo(GainFloor.KEPT);
        if (!w.inflected()) {
          assertThat(compared.stream().anyMatch(o -> !o.inflected() && o.gain() > w.gain()))
              .isTrue();
        }
        if (w.close()) {
          assertThat(compared.stream().anyMatch(o -> o.close() && o.gain() > w.gain())).isTrue();
        }
      }
    }
  }
}
