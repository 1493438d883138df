package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
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
  void rejectsRatesUnderWhichAFlagWouldBeEvidenceOfCleanText() {
    assertThatThrownBy(() -> new DocumentVerdict(0.05, 0.06))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.06");
    assertThatThrownBy(() -> new DocumentVerdict(0, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void oneMoreFlagNeverLowersTheScore(
      @ForAll @Size(max = 40) double[] excess,
      @ForAll @DoubleRange(min = 0, max = 30) double more,
      @ForAll @IntRange(min = 1, max = 5_000) int words) {
    double[] plus = Arrays.copyOf(excess, excess.length + 1);
    plus[excess.length] = more;
    double before = VERDICT.score(excess, words);
    assertThat(before).isBetween(0.0, 1.0);
    assertThat(VERDICT.score(plus, words)).isGreaterThanOrEqualTo(before);
  }
}
