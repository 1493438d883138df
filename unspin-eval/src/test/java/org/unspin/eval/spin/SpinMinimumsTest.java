package org.unspin.eval.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unspin.eval.Checksums;
import org.unspin.eval.Minimums;
import org.unspin.eval.SharedData;

/** The spin evaluation on a subset of Reuters-21578 stays at or above its stored minimums. */
class SpinMinimumsTest {

  @Test
  void spinDetectionStaysAboveStoredMinimums() throws Exception {
    Optional<Path> reuters = SharedData.dataset("wire/reuters21578");
    assumeTrue(
        reuters.isPresent(), "skipped: no ../shared/data/wire/reuters21578 (evaluation data)");
    Minimums minimums = Minimums.load("spin");
    assertThat(Checksums.sha256(reuters.get())).isEqualTo(minimums.datasetChecksum());
    Optional<Path> tortured =
        SharedData.dataset("tortured-phrases/torturedcheck/tortured-phrases.json");
    if (tortured.isPresent()) {
      assertThat(Checksums.sha256(tortured.get())).isEqualTo(minimums.datasetChecksum("tortured"));
    }
    StringWriter log = new StringWriter();
    SpinEvaluation.Result result =
        SpinEvaluation.run(
            SpinEvaluation.Options.defaults(reuters.get()).withLimit(40).withRates(List.of(0.2)),
            new PrintWriter(log));
    assertThat(minimums.failures(result.metrics())).as(log.toString()).isEmpty();
  }
}
