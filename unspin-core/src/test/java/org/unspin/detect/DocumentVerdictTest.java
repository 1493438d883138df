package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DocumentVerdictTest {

  private static final DocumentVerdict VERDICT = new DocumentVerdict(0.045, 0.182);

  private static double[] flags(int count, double excess) {
    double[] e = new double[count];
    Arrays.fill(e, excess);
    return e;
  }

  @Test
  void callsALongTextWithTheCleanRateOfSmallFlagsClean() {
    double score = VERDICT.score(flags(18, DocumentVerdict.CLEAN_EXCESS), 400);
    assertThat(DocumentVerdict.verdict(score)).isEqualTo(SpinAnalysis.Verdict.CLEAN);
  }

  @Test
  void callsALongTextWithTheSpunRateOfLargerFlagsSpun() {
    double score = VERDICT.score(flags(73, DocumentVerdict.SPUN_EXCESS), 400);
    assertThat(DocumentVerdict.verdict(score)).isEqualTo(SpinAnalysis.Verdict.SPUN);
  }

  @Test
  void weighsLargerFlagsAsStrongerEvidenceThanSmallOnes() {
    assertThat(VERDICT.score(flags(30, 12), 400)).isGreaterThan(VERDICT.score(flags(30, 1), 400));
  }

  @Test
  void judgesTheSameFlagsLessSpunInALongerText() {
    assertThat(VERDICT.score(flags(20, 4), 800)).isLessThan(VERDICT.score(flags(20, 4), 200));
  }

  @Test
  void neverCallsATextSpunOnOneFlagHoweverShortTheText() {
    assertThat(VERDICT.score(flags(1, 100), 6)).isLessThanOrEqualTo(0.5);
    assertThat(DocumentVerdict.verdict(VERDICT.score(flags(1, 100), 6)))
        .isEqualTo(SpinAnalysis.Verdict.UNCERTAIN);
  }

  @Test
  void leavesAShortTextWithoutFlagsUncertainButALongOneClean() {
    assertThat(DocumentVerdict.verdict(VERDICT.score(new double[0], 5)))
        .isEqualTo(SpinAnalysis.Verdict.UNCERTAIN);
    assertThat(DocumentVerdict.verdict(VERDICT.score(new double[0], 300)))
        .isEqualTo(SpinAnalysis.Verdict.CLEAN);
  }

  @Test
  void countsAFlagsExcessOnlyUpToItsCap() {
    double capped = VERDICT.score(flags(10, DocumentVerdict.MAX_EXCESS), 300);
    assertThat(VERDICT.score(flags(10, 1e6), 300)).isEqualTo(capped);
  }

  @Test
  void rejectsRatesOutOfOrderWithTheValuesInTheMessage() {
    assertThatThrownBy(() -> new DocumentVerdict(0.06, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.06");
    assertThatThrownBy(() -> new DocumentVerdict(0, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsASmallFlagForNothingWhenCleanAndSpunTextsHaveAlmostAsManyFlags() {
    DocumentVerdict close = new DocumentVerdict(0.087, 0.147);
    assertThat(close.score(flags(40, 0), 400)).isEqualTo(close.score(flags(2, 0), 400));
    assertThat(close.score(flags(40, 10), 400)).isGreaterThan(close.score(flags(40, 0), 400));
  }

  @Property(tries = 300)
  void oneMoreFlagNeverLowersTheScore(
      @ForAll @Size(max = 40) double[] excess,
      @ForAll @DoubleRange(min = 0, max = 30) double more,
      @ForAll @IntRange(min = 1, max = 5_000) int words,
      @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double cleanRate,
      @ForAll @DoubleRange(min = 1.01, max = 10) double ratio) {
    DocumentVerdict verdict = new DocumentVerdict(cleanRate, cleanRate * ratio);
    double[] plus = Arrays.copyOf(excess, excess.length + 1);
    plus[excess.length] = more;
    double before = verdict.score(excess, words);
    assertThat(before).isBetween(0.0, 1.0);
    assertThat(verdict.score(plus, words)).isGreaterThanOrEqualTo(before);
  }
}
