package org.unspin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.unspin.eval.SharedData;
import org.unspin.eval.extraction.ExtractionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unspin eval extraction}: unspin, Readability4J and boilerpipe on the same pages. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description =
        "Score extraction on scrapinghub-aeb, wcxb-dev, the readability test pages and the farm"
            + " pages, beside Readability4J and boilerpipe, and print one table.")
public final class EvalExtractionCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The data folder holding extraction/ and farm-pages/ (default: ../shared/data).")
  Path data;

  @Option(
      names = "--systems",
      split = ",",
      defaultValue = "unspin,readability4j,boilerpipe",
      description = "Systems to run (default: ${DEFAULT-VALUE}).")
  List<String> systems;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "At most N pages per dataset (0: all).")
  int limit;

  @Override
  public Integer call() throws IOException {
    Path dir = data != null ? data : SharedData.root().resolve("data");
    if (!Files.isDirectory(dir)) {
      throw UnspinCliException.usage("no data folder at " + dir + " (use --data DIR)");
    }
    ExtractionEvaluation.Options options;
    try {
      options = new ExtractionEvaluation.Options(dir, systems, limit);
    } catch (IllegalArgumentException e) {
      throw UnspinCliException.usage(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    List<ExtractionEvaluation.Row> rows = ExtractionEvaluation.run(options, log);
    out.print(ExtractionEvaluation.table(rows));
    out.flush();
    return Main.OK;
  }
}
