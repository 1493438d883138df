package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatednessTest {

  private final Relatedness related =
      new Relatedness(
          TinyThesaurus.of("bank=banks", "four=five", "both=some", "deal=pact"), KnownSpins.NONE);

  @Test
  void neverRelatesFormsOfOneWordNumbersOrFunctionWordsEvenWhenTheThesaurusDoes() {
    assertThat(related.relate("banks", "bank").strength()).isZero();
    assertThat(related.relate("five", "four").strength()).isZero();
    assertThat(related.relate("some", "both").strength()).isZero();
    assertThat(Relatedness.sameLemma("finalised", "finalized")).isTrue();
    assertThat(Relatedness.sameLemma("purchases", "purchased")).isTrue();
    assertThat(Relatedness.sameLemma("pact", "deal")).isFalse();
  }

  @Test
  void relatesAWordBuiltOnAnotherWeakly() {
    Relatedness.Relation r = related.relate("workweek", "week");
    assertThat(r.strength()).isEqualTo(Relatedness.WEAK);
    assertThat(r.why()).contains("same stem");
    assertThat(Relatedness.sharesStem("quartern", "quarter")).isTrue();
    assertThat(Relatedness.sharesStem("groupings", "group")).isTrue();
    assertThat(Relatedness.sharesStem("new", "newfound")).isFalse();
  }

  @Test
  void relatesAnAbbreviationWeaklyButNotAnyShortWordWithTheSameEnds() {
    assertThat(related.relate("percent", "pct").strength()).isEqualTo(Relatedness.WEAK);
    assertThat(Relatedness.abbreviates("yr", "year")).isTrue();
    assertThat(Relatedness.abbreviates("man", "mathematician")).isFalse();
    assertThat(Relatedness.abbreviates("as", "attacks")).isFalse();
  }

  @Test
  void keepsDirectThesaurusPairsStrong() {
    assertThat(related.relate("pact", "deal").strength()).isEqualTo(1.0);
  }
}
