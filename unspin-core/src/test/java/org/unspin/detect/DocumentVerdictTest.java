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

  /** The shape and excess means of the Reuters calibration. */
  private static final double SHAPE = 8;

  private static final double CLEAN_EXCESS = 3.47;

  private static final double SPUN_EXCESS = 7.57;

  private static final DocumentVerdict VERDICT =
      new DocumentVerdict(0.045, 0.182, SHAPE, CLEAN_EXCESS, SPUN_EXCESS);

  private static double[] flags(int count, double excess) {
    double[] e = new double[count];
    Arrays.fill(e, excess);
    return e;
  }

  @Test
  void callsALongTextWithTheCleanRateOfSmallFlagsClean() {
    double score = VERDICT.score(flags(18, CLEAN_EXCESS), 400);
    assertThat(DocumentVerdict.verdict(score)).isEqualTo(SpinAnalysis.Verdict.CLEAN);
  }

  @Test
  void callsALongTextWithTheSpunRateOfLargerFlagsSpun() {
    double score = VERDICT.score(flags(73, SPUN_EXCESS), 400);
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
    assertThatThrownBy(() -> new DocumentVerdict(0.06, 0.05, SHAPE, CLEAN_EXCESS, SPUN_EXCESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.06");
    assertThatThrownBy(() -> new DocumentVerdict(0, 0.1, SHAPE, CLEAN_EXCESS, SPUN_EXCESS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weighsSmallFlagsAsEvidenceOfCleanTextInALongText() {
    assertThat(VERDICT.score(flags(20, 0), 800)).isLessThan(VERDICT.score(flags(2, 0), 800));
    assertThat(VERDICT.score(flags(20, 15), 800)).isGreaterThan(VERDICT.score(flags(20, 0), 800));
  }

  @Test
  void needsMoreThanAFewLargeFlagsToCallAShortTextSpun() {
    // three or four large flags in 85 words: what a clean story on an odd topic can show
    assertThat(DocumentVerdict.verdict(VERDICT.score(new double[] {11, 20, 5.9}, 85)))
        .isNotEqualTo(SpinAnalysis.Verdict.SPUN);
    // a spun story of the same length shows about as many flags per word as the spun rate says
    assertThat(DocumentVerdict.verdict(VERDICT.score(flags(12, SPUN_EXCESS), 85)))
        .isEqualTo(SpinAnalysis.Verdict.SPUN);
  }

  @Test
  void letsNoCountAloneDecideALongTextAsThePoissonModelDid() {
    // flags whose excess weighs for neither side, 80 in 1,000 words (clean 45, spun 182 expected):
    // Poisson counts call the text clean beyond doubt, story rates that vary leave it uncertain
    double even = Math.log(SPUN_EXCESS / CLEAN_EXCESS) / (1 / CLEAN_EXCESS - 1 / SPUN_EXCESS);
    DocumentVerdict poisson = new DocumentVerdict(0.045, 0.182, 1e9, CLEAN_EXCESS, SPUN_EXCESS);
    assertThat(poisson.score(flags(80, even), 1000)).isLessThan(1e-6);
    assertThat(DocumentVerdict.verdict(VERDICT.score(flags(80, even), 1000)))
        .isEqualTo(SpinAnalysis.Verdict.UNCERTAIN);
  }

  @Test
  void rejectsExcessMeansOutOfOrder() {
    assertThatThrownBy(() -> new DocumentVerdict(0.02, 0.1, 8, 7, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7.0");
  }

  @Property(tries = 300)
  void oneMoreFlagAtLeastAsLargeAsTheSpunMeanNeverLowersTheScore(
      @ForAll @Size(max = 40) double[] excess,
      @ForAll @DoubleRange(min = SPUN_EXCESS, max = 30) double more,
      @ForAll @IntRange(min = 1, max = 5_000) int words,
      @ForAll @DoubleRange(min = 0.001, max = 0.2) @Scale(4) double cleanRate,
      @ForAll @DoubleRange(min = 1.01, max = 10) double ratio) {
    DocumentVerdict verdict =
        new DocumentVerdict(cleanRate, cleanRate * ratio, SHAPE, CLEAN_EXCESS, SPUN_EXCESS);
    double[] plus = Arrays.copyOf(excess, excess.length + 1);
    plus[excess.length] = more;
    double before = verdict.score(excess, words);
    assertThat(before).isBetween(0.0, 1.0);
    assertThat(verdict.score(plus, words)).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 300)
  void aLargerExcessNeverLowersTheScore(
      @ForAll @Size(min = 1, max = 40) double[] excess,
      @ForAll @DoubleRange(min = 0, max = 30) double more,
      @ForAll @IntRange(min = 1, max = 5_000) int words) {
    double[] larger = excess.clone();
    larger[0] = Math.max(0, larger[0]) + more;
    assertThat(VERDICT.score(larger, words)).isGreaterThanOrEqualTo(VERDICT.score(excess, words));
  }
}
