package org.unspin.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void identicalTextsScorePerfectly() {
    ShingleScore s = ShingleScore.of("one two three four five", "one two three four five");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void missingShinglesCostRecallAndExtraOnesCostPrecision() {
    ShingleScore s = ShingleScore.of("a b c d e", "a b c d");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    ShingleScore t = ShingleScore.of("a b c d", "a b c d e");
    assertThat(t.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(t.recall()).isEqualTo(1.0);
  }

  @Test
  void countsRepeatedShinglesAndNormalisesBySum() {
    ShingleScore s = ShingleScore.of("x y z w", "x y z w. x y z w");
    assertThat(s.tp() + s.fp() + s.fn()).isCloseTo(1.0, within(1e-9));
    assertThat(s.precision()).isLessThan(1.0);
  }

  @Test
  void tokensAreWordRunsWithCaseKeptAndPunctuationIgnored() {
    assertThat(ShingleScore.tokens("Hello, World! it's 2024"))
        .containsExactly("Hello", "World", "it", "s", "2024");
    assertThat(ShingleScore.of("Hello world a b", "hello world a b").precision()).isZero();
  }

  @Test
  void shortTextsBecomeOneShingle() {
    assertThat(ShingleScore.of("only two", "only two").recall()).isEqualTo(1.0);
  }

  @Test
  void anEmptyPredictionHasNoPrecisionToAverage() {
    ShingleScore s = ShingleScore.of("a b c d", "");
    assertThat(s.hasPrediction()).isFalse();
    assertThat(s.hasTruth()).isTrue();
    assertThat(s.recall()).isZero();
  }
}
