package org.unspin.eval.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashLshTest {
  private static final String A =
      "The city council said on Monday it would spend 42 million dollars on a new bridge across"
          + " the Alder river, replacing a crossing that engineers closed last year after finding"
          + " cracks in its steel supports.";
  private static final String B =
      "Wheat farmers in the eastern plains expect a smaller harvest this year after a dry winter"
          + " left the soil short of moisture, the farmers' union said on Tuesday.";

  @Test
  void findsAnExactCopyAndNothingForUnrelatedText() {
    MinHashLsh lsh = MinHashLsh.datatrove(7);
    lsh.add("a", A);
    lsh.add("b", B);
    assertThat(lsh.query(A, 10)).extracting(MinHashLsh.Hit::id).containsExactly("a");
    assertThat(lsh.query(A, 10).get(0).similarity()).isEqualTo(1.0);
    assertThat(lsh.query("Researchers tagged sixty sea turtles off the southern coast.", 10))
        .isEmpty();
  }
}
