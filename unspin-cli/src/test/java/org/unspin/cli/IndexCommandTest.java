package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandTest {
  @TempDir Path tmp;

  private static final String STORY =
      "The harbour authority said on Friday it would dredge the northern channel next summer so"
          + " that larger container ships can dock, a project it expects to cost 18 million"
          + " dollars.\n\nShipping companies have asked for deeper water for years, the authority"
          + " said, and two of them have promised to add weekly calls once the work is done.";

  private static final String SPUN =
      "The harbour authority stated on Friday it might dredge the northern channel subsequent"
          + " summer in order that bigger container ships can dock, a venture it expects to value"
          + " 18 million dollars.\n\nDelivery firms have requested deeper water for years, the"
          + " authority stated, and two of them have promised so as to add weekly calls as soon"
          + " as the work is completed.";

  @Test
  void indexesAFolderThenCheckFindsTheSourceAndTheDictionaryListsWhatWasLearned() throws Exception {
    Path stories = Files.createDirectories(tmp.resolve("stories"));
    Files.writeString(stories.resolve("harbour.txt"), STORY, StandardCharsets.UTF_8);
    Files.writeString(stories.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Path archive = tmp.resolve("archive");
    CliRun index =
        CliRun.of("index", "--no-progress", "--archive", archive.toString(), stories.toString());
    assertThat(index.exitCode()).as(index.err()).isEqualTo(Main.OK);
    assertThat(index.out()).contains("indexed 1 stories from 2 files").contains("skipped 1");
    Path copy = tmp.resolve("copy.txt");
    Files.writeString(copy, SPUN, StandardCharsets.UTF_8);
    CliRun check =
        CliRun.of("check", "--format", "json", "--archive", archive.toString(), copy.toString());
    assertThat(check.exitCode()).as(check.err()).isEqualTo(Main.OK);
    assertThat(check.out()).contains("\"id\" : \"file:harbour.txt\"").contains("\"sourceText\"");
    CliRun dict = CliRun.of("dictionary", "--archive", archive.toString());
    assertThat(dict.exitCode()).isEqualTo(Main.OK);
    assertThat(dict.out()).contains("said\t->\tstated");
  }

  @Test
  void aDirectoryThatIsNotAnArchiveIsAUsageError() throws Exception {
    Path notArchive = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(notArchive.resolve("a.jpg"), "x", StandardCharsets.UTF_8);
    Path input = Files.writeString(tmp.resolve("s.txt"), STORY, StandardCharsets.UTF_8);
    CliRun r =
        CliRun.of("index", "--no-progress", "--archive", notArchive.toString(), input.toString());
    assertThat(r.exitCode()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("not an unspin archive").doesNotContain("Exception");
    assertThat(CliRun.of("dictionary", "--archive", notArchive.toString()).exitCode())
        .isEqualTo(Main.USAGE);
  }
}
