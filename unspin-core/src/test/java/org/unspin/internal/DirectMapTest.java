package org.unspin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DirectMapTest {

  /**
   * Whatever was put and whichever keys share a slot, a look-up answers the last value put for its
   * key or nothing: never another key's value, never an older value.
   */
  @Property(tries = 300)
  void answersTheLastValuePutForItsKeyOrNothing(
      @ForAll @Size(max = 200) List<@LongRange(min = -40, max = 40) Long> keys,
      @ForAll @IntRange(min = 1, max = 6) int bits) {
    DirectMap<String> map = new DirectMap<>(bits);
    Map<Long, String> last = new HashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      long key = keys.get(k);
      if (k % 3 == 2) {
        String got = map.get(key);
        if (got != null) {
          assertThat(got).isEqualTo(last.get(key));
        }
      } else {
        String value = key + "#" + k;
        map.put(key, value);
        last.put(key, value);
        assertThat(map.get(key)).isEqualTo(value);
      }
    }
    for (long key = -40; key <= 40; key++) {
      String got = map.get(key);
      if (got != null) {
        assertThat(got).isEqualTo(last.get(key));
      }
    }
  }

  @Test
  void keysOnDistinctSlotsAreAllKept() {
    DirectMap<Integer> map = new DirectMap<>(20);
    map.put(7, 1);
    map.put(1L << 40, 2);
    assertThat(map.get(7)).isEqualTo(1);
    assertThat(map.get(1L << 40)).isEqualTo(2);
    assertThat(map.get(8)).isNull();
  }

  @Test
  void refusesTablesOfNoSlotsOrTooMany() {
    assertThatThrownBy(() -> new DirectMap<String>(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DirectMap<String>(25))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
