package org.unspin.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unspin.eval.Minimums;
import org.unspin.eval.SharedData;

/**
 * Runs the extraction evaluation (unspin only; the peers are for the docs' table) on every page of
 * the four datasets and checks the stored minimums. Skips, saying so, without {@code ../shared}.
 */
class ExtractionMinimumsTest {

  @Test
  void unspinMeetsTheStoredExtractionMinimums() throws IOException {
    Path data = SharedData.root().resolve("data");
    for (String d : ExtractionDatasets.ALL) {
      assumeTrue(
          Files.isDirectory(data.resolve(d)),
          "skipped: extraction dataset " + d + " is absent under " + data);
    }
    Minimums minimums = Minimums.load("extraction");
    assertThat(ExtractionDatasets.checksum(data))
        .as("the datasets changed; re-measure and store new minimums with the new checksum")
        .isEqualTo(minimums.datasetChecksum());
    PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    List<ExtractionEvaluation.Row> rows =
        ExtractionEvaluation.run(new ExtractionEvaluation.Options(data, List.of("unspin"), 0), log);
    log.print(ExtractionEvaluation.table(rows));
    Map<String, Double> measured = ExtractionEvaluation.metrics(rows, "unspin");
    assertThat(minimums.failures(measured)).isEmpty();
  }
}
