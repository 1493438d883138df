package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.archive.Archive;

/** Stops {@code unspin index} with a signal, as Ctrl-C or {@code kill} would, mid-run. */
class StoppedIndexTest {
  @TempDir Path tmp;

  private static final int STORIES = 400_000;

  @Test
  void aStoppedIndexCommitsWhatItReadAndSaysSo() throws Exception {
    Path input = tmp.resolve("stories.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < STORIES; i++) {
        w.write(
            String.format(
                Locale.ROOT,
                "{\"id\":\"s%d\",\"text\":\"The council of town %d voted on Tuesday to repair"
                    + " bridge number %d before the winter, the mayor said.\"}%n",
                i,
                i,
                i * 7));
      }
    }
    Path archive = tmp.resolve("archive");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "index",
                "--no-progress",
                "--archive",
                archive.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .start();
    // wait until the writer holds the archive and has had time to add stories, then stop it
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!writing(archive) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(2_000);
    assertThat(child.isAlive()).as("the run must still be going when stopped").isTrue();
    child.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);

    assertThat(child.exitValue()).as(out).isEqualTo(128 + 15); // the JVM's status after SIGTERM
    assertThat(out).contains("stopped: ").doesNotContain("Exception");
    long said = Long.parseLong(out.replaceAll("(?s).*stopped: (\\d+) stories.*", "$1"));
    assertThat(said).isPositive().isLessThan(STORIES);
    try (Archive a = Archive.open(archive)) {
      assertThat(a.documents()).isEqualTo(said);
    }
  }

  private static boolean writing(Path archive) throws Exception {
    if (!Files.isDirectory(archive)) {
      return false;
    }
    try (Stream<Path> s = Files.walk(archive)) {
      return s.anyMatch(p -> p.getFileName().toString().equals("write.lock"));
    }
  }
}
