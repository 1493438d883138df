package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a one-line error (exit 2) or a report (exit 0), never a stack trace. The timeouts
 * only guard against hangs; speed is measured elsewhere.
 */
@Timeout(120)
class BadInputTest {

  private static void assertOneLineError(CliRun run, String expected) {
    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static void assertReport(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.out()).contains("\"verdict\"");
  }

  @Test
  void emptyFileIsAOneLineError(@TempDir Path dir) throws IOException {
    Path f = Files.createFile(dir.resolve("empty.html"));
    assertOneLineError(CliRun.of("check", f.toString()), "is empty");
  }

  @Test
  void binaryGarbageIsAOneLineError(@TempDir Path dir) throws IOException {
    byte[] garbage = new byte[100_000];
    new Random(42).nextBytes(garbage);
    Path f = Files.write(dir.resolve("garbage.bin"), garbage);
    assertOneLineError(CliRun.of("check", f.toString()), "binary");
  }

  @Test
  void missingFileIsAOneLineError(@TempDir Path dir) {
    assertOneLineError(
        CliRun.of("check", dir.resolve("nope.html").toString()), "nope.html: no such file");
  }

  @Test
  void directoryIsAOneLineError(@TempDir Path dir) {
    assertOneLineError(CliRun.of("check", dir.toString()), "is a directory");
  }

  @Test
  void fiftyMegabytePageGetsAReport(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("huge.html");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("<html><head><title>Huge</title></head><body>");
      String para =
          "<p>The committee met again on Thursday to discuss the budget for the coming year, and"
              + " members agreed to publish the figures next week.</p>\n";
      for (long written = 0; written < 50L * 1024 * 1024; written += para.length()) {
        w.write(para);
      }
      w.write("</body></html>");
    }
    assertReport(CliRun.of("check", "--format", "json", f.toString()));
  }

  @Test
  void deeplyNestedPageGetsAReport(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("deep.html");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("<html><body>");
      for (int i = 0; i < 100_000; i++) {
        w.write("<div>");
      }
      w.write("<p>Deep inside the page there is one sentence of text that a reader could see.</p>");
      for (int i = 0; i < 100_000; i++) {
        w.write("</div>");
      }
      w.write("</body></html>");
    }
    assertReport(CliRun.of("check", "--format", "json", f.toString()));
  }

  @Test
  void wronglyEncodedPageGetsAReport(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("latin1.html");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("<html><body><p>Caf".getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[] {(byte) 0xE9, (byte) 0xFF, (byte) 0xC3});
      out.write(
          " opened on Monday in the old town square.</p></body></html>"
              .getBytes(StandardCharsets.US_ASCII));
    }
    CliRun run = CliRun.of("check", "--format", "json", f.toString());
    assertReport(run);
    assertThat(run.out()).contains("opened on Monday");
  }

  @Test
  void metaCharsetIsHonoured(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("cp1252.html");
    Files.write(
        f,
        "<html><head><meta charset=\"windows-1252\"></head><body><p>The caf\u00e9 opened on Monday in the old square.</p></body></html>"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    CliRun run = CliRun.of("check", "--format", "json", f.toString());
    assertReport(run);
    assertThat(run.out()).contains("caf\u00e9 opened");
  }
}
