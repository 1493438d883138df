package org.unspin.eval.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.eval.Checksums;
import org.unspin.eval.Minimums;
import org.unspin.eval.SharedData;
import org.unspin.lexicon.Lexicon;

/** The archive evaluation on a subset of its queries stays at or above its stored minimums. */
class ArchiveMinimumsTest {
  @TempDir Path work;

  @Test
  void sourceRetrievalAndAlignmentStayAboveStoredMinimums() throws Exception {
    Optional<Path> reuters = SharedData.dataset("wire/reuters21578");
    assumeTrue(
        reuters.isPresent(), "skipped: no ../shared/data/wire/reuters21578 (evaluation data)");
    Minimums minimums = Minimums.load("archive");
    assertThat(Checksums.sha256(reuters.get())).isEqualTo(minimums.datasetChecksum());
    ArchiveEval.Outcome outcome =
        new ArchiveEval(new ThesaurusSpinner(Lexicon.standardThesaurus()))
            .run(
                new ArchiveEval.Config(
                    reuters.get(),
                    SharedData.dataset("paraphrase/clough-stevenson").orElse(null),
                    SUBSET,
                    42,
                    work));
    assertThat(minimums.failures(outcome.metrics())).as(outcome.table()).isEmpty();
  }

  /** Stories sampled (four copies each) and absent stories: a few minutes on two cores. */
  static final int SUBSET = 150;
}
