package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TokenSetTest {

  @Property(tries = 300)
  void answersAsAHashSetOfLongs(
      @ForAll List<@LongRange(min = -40, max = 40) Long> small,
      @ForAll List<Long> any,
      @ForAll @IntRange(max = 64) int expected) {
    TokenSet set = new TokenSet(expected);
    Set<Long> reference = new HashSet<>();
    for (List<Long> tokens : List.of(small, any, small)) {
      for (long t : tokens) {
        assertThat(set.contains(t)).isEqualTo(reference.contains(t));
        assertThat(set.add(t)).isEqualTo(reference.add(t));
        assertThat(set.contains(t)).isTrue();
      }
    }
    for (long t = -50; t <= 50; t++) {
      assertThat(set.contains(t)).isEqualTo(reference.contains(t));
    }
  }

  @Test
  void holdsTheValueItUsesToMarkEmptySlots() {
    TokenSet set = new TokenSet(1);
    assertThat(set.contains(Long.MIN_VALUE)).isFalse();
    assertThat(set.add(Long.MIN_VALUE)).isTrue();
    assertThat(set.add(Long.MIN_VALUE)).isFalse();
    assertThat(set.contains(Long.MIN_VALUE)).isTrue();
    assertThat(set.contains(0)).isFalse();
  }
}
