package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

class DomainFitDetectorTest {

  /** Stands for the domain: harbour and shipping news. */
  private static final String HARBOUR =
      "The harbour authority said on Friday that container traffic rose in the third quarter."
          + " Shipping companies asked the port for deeper berths and longer opening hours."
          + " The port said it would dredge the northern channel and add two cranes next year."
          + " Container volumes at the harbour rose for the fourth quarter in a row, it said.";

  /** Stands for the base model: general prose about other things. */
  private static final String GENERAL =
      "She walked along the river in the evening and thought about the letters she had not"
          + " answered. The garden was quiet, and the children were asleep upstairs. He said that"
          + " the book was long but that he liked the people in it and would read it again.";

  private static final SpinAnalysis IN =
      new SpinAnalysis(SpinAnalysis.Verdict.SPUN, 1, 0, List.of());
  private static final SpinAnalysis OUT =
      new SpinAnalysis(SpinAnalysis.Verdict.CLEAN, 0, 0, List.of());

  private static DomainFitDetector detector() {
    NgramCounts base = new NgramCounts(4);
    base.add(GENERAL);
    NgramCounts domain = new NgramCounts(4);
    for (int i = 0; i < 3; i++) {
      domain.add(HARBOUR);
    }
    return new DomainFitDetector(base, domain, text -> IN, text -> OUT);
  }

  @Test
  void textLikeTheDomainGoesToTheDomainsDetector() {
    String text =
        "The harbour authority said on Friday that container traffic rose in the fourth quarter,"
            + " and shipping companies asked the port for deeper berths. The port said it would"
            + " add two cranes next year and dredge the northern channel. Container volumes at the"
            + " harbour rose in the third quarter, it said.";
    assertThat(detector().analyze(text)).isSameAs(IN);
  }

  @Test
  void textFromElsewhereGoesToTheBaseDetector() {
    String text =
        "She walked along the river in the evening and the children were asleep upstairs. He"
            + " said that the book was long but that he liked the people in it. The garden was"
            + " quiet and she thought about the letters she had not answered and would read again.";
    assertThat(detector().analyze(text)).isSameAs(OUT);
  }

  @Test
  void tooLittleTextSaysNothingAboutTheDomain() {
    assertThat(detector().fitsDomain("The harbour authority said.")).isFalse();
    assertThat(detector().fitsDomain("")).isFalse();
    assertThat(detector().fitsDomain(null)).isFalse();
  }
}
