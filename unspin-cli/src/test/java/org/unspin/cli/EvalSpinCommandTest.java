package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSpinCommandTest {

  @TempDir Path tmp;

  private static int run(StringWriter err, String... args) {
    return Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
  }

  @Test
  void rejectsAMissingDataFolderWithAUsageError() {
    StringWriter err = new StringWriter();
    int code = run(err, "eval", "spin", "--data", tmp.resolve("absent").toString());
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("not a directory");
  }

  @Test
  void rejectsANonPositiveLimit() {
    StringWriter err = new StringWriter();
    int code = run(err, "eval", "spin", "--data", tmp.toString(), "--limit", "0");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--limit");
  }
}
