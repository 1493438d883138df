package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

class SpanScreenTest {

  /** Invented wire-style sentences; repeated so that common words pass the least count. */
  private static final String CORPUS =
      """
      The council said on Monday that the vote would be held in the spring.
      The mayor of the town said the new bridge would open in the summer.
      The council is due to meet the mayor on Friday.
      Officials said the bridge was the first of its kind in the region.
      The mayor said the town had reached an agreement with the builders.
      The builders said the work would end in the spring.
      """;

  private static final NgramCounts MODEL = new NgramCounts(4);

  static {
    for (int k = 0; k < 80; k++) {
      MODEL.add(CORPUS);
    }
  }

  private static LanguageSpinDetector detector() {
    return new LanguageSpinDetector(
        MODEL,
        TinyThesaurus.of("agreement=accord", "bridge=span"),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));
  }

  @Test
  void skipsAPlainlyFittingCommonWordAndKeepsAnImprobableSwap() {
    SpanScreen screen = new SpanScreen(MODEL.tokens());
    // "the" is a tenth of the counts and seen over a thousand times: not examined alone
    assertThat(MODEL.count("the")).isGreaterThanOrEqualTo(SpanScreen.MIN_PLAIN_COUNT);
    assertThat(screen.plainWord(MODEL.count("the"))).isTrue();
    // the swapped-in "accord" is unseen, and "agreement" is seen but rare: both examined
    assertThat(screen.plainWord(MODEL.count("accord"))).isFalse();
    assertThat(screen.plainWord(MODEL.count("agreement"))).isFalse();

    // and the detector still finds the swaps, restored to the wordings the counts know
    SpinAnalysis a =
        detector()
            .analyze(
                "The mayor said the town had reached an accord with the builders. Officials said"
                    + " the span was the first of its kind in the region.");
    assertThat(a.phrases())
        .anySatisfy(
            p -> {
              assertThat(p.text()).isEqualTo("accord");
              assertThat(p.restored()).isEqualTo("agreement");
            });
    assertThat(a.phrases()).noneSatisfy(p -> assertThat(p.text()).isEqualTo("the"));
  }

  /**
   * A word seen fewer than {@link SpanScreen#MIN_PLAIN_COUNT} times is never plain, whatever the
   * model's size, and a word at least as common as a plain word is plain.
   */
  @Property(tries = 300)
  void plainnessNeedsTheLeastCountAndRisesWithTheCount(
      @ForAll @LongRange(min = 1, max = 1_000_000_000L) long tokens,
      @ForAll @LongRange(min = 0, max = 10_000_000L) long count,
      @ForAll @LongRange(min = 0, max = 10_000_000L) long more) {
    SpanScreen screen = new SpanScreen(tokens);
    if (count < SpanScreen.MIN_PLAIN_COUNT) {
      assertThat(screen.plainWord(count)).isFalse();
    }
    if (screen.plainWord(count)) {
      assertThat(screen.plainWord(count + more)).isTrue();
    }
    assertThat(screen.plainWord(count))
        .isEqualTo(count >= SpanScreen.MIN_PLAIN_COUNT && count >= SpanScreen.PLAIN_SHARE * tokens);
  }

  /**
   * The second reading reads a span again exactly when a changed word outside it lies within {@link
   * SpanScreen#SECOND_REACH} words of it: never for changes further out or inside it.
   */
  @Property(tries = 300)
  void theSecondReadingReadsOnlySpansWithAChangeNearby(
      @ForAll @Size(min = 1, max = 40) List<Boolean> changes,
      @ForAll @IntRange(max = 39) int first,
      @ForAll @IntRange(min = 1, max = 4) int len) {
    int n = changes.size();
    int i = Math.min(first, n - 1);
    int l = Math.min(len, n - i);
    boolean[] changed = new boolean[n];
    boolean near = false;
    for (int k = 0; k < n; k++) {
      changed[k] = changes.get(k);
      int distance = k < i ? i - k : k - (i + l - 1);
      if (changed[k] && (k < i || k >= i + l) && distance <= SpanScreen.SECOND_REACH) {
        near = true;
      }
    }
    assertThat(SpanScreen.nearChange(changed, i, l, n)).isEqualTo(near);
  }

  @Test
  void onlyATextFarOnTheCleanSideIsNotReadAgain() {
    assertThat(SpanScreen.readAgain(0)).isFalse();
    assertThat(SpanScreen.readAgain(SpanScreen.AGAIN_SCORE)).isFalse();
    assertThat(SpanScreen.readAgain(DocumentVerdict.CLEAN_SCORE)).isTrue();
    assertThat(SpanScreen.readAgain(0.5)).isTrue();
  }
}
