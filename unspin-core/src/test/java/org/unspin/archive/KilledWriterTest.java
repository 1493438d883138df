package org.unspin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a process in the middle of indexing and checks every committed story is intact. */
class KilledWriterTest {
  @TempDir Path tmp;

  @Test
  void aKilledIndexerLeavesEveryCommittedStoryReadable() throws Exception {
    Path dir = tmp.resolve("archive");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IndexForever.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    long committed = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int commits = 0;
      for (String line; commits < 3 && (line = out.readLine()) != null; ) {
        if (line.startsWith("committed ")) {
          committed = Long.parseLong(line.substring("committed ".length()));
          commits++;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).isGreaterThan(0);
    try (Archive a = Archive.open(dir)) {
      assertThat(a.documents()).isGreaterThanOrEqualTo(committed);
      AtomicLong readable = new AtomicLong();
      a.forEachText(t -> readable.incrementAndGet());
      assertThat(readable.get()).isEqualTo(a.documents());
    }
    // The killed writer's lock does not outlive it: the archive can be extended again.
    try (ArchiveWriter w = ArchiveWriter.open(dir, ArchiveWriter.Options.defaults())) {
      assertThat(w.add(new ArchiveDocument("after", null, null, Stories.UNRELATED, null))).isTrue();
    }
  }

  /** The child: adds stories without end, committing every 50 and saying so. */
  static final class IndexForever {
    public static void main(String[] args) {
      try (ArchiveWriter w =
          ArchiveWriter.open(
              Path.of(args[0]), new ArchiveWriter.Options(1_000_000, 1_000_000, false))) {
        for (long i = 1; ; i++) {
          w.add(new ArchiveDocument("doc-" + i, null, null, Stories.HARVEST + " Story " + i, null));
          if (i % 50 == 0) {
            w.commit();
            System.out.println("committed " + i);
            System.out.flush();
          }
        }
      }
    }
  }
}
