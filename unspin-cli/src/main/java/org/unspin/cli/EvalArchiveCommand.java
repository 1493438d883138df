package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.unspin.eval.SharedData;
import org.unspin.eval.archive.ArchiveEval;
import org.unspin.eval.archive.ThesaurusSpinner;
import org.unspin.lexicon.Lexicon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unspin eval archive}: source retrieval and alignment beside MinHash-LSH and MLT. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    description =
        "Build an archive of Reuters-21578 (minus a held-out part), look up spun, partial, cut and"
            + " farm-wrapped copies and stories not in it, beside word 5-gram MinHash-LSH and"
            + " Lucene MoreLikeThis, and print one table.")
public final class EvalArchiveCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The data folder holding wire/reuters21578 and paraphrase/clough-stevenson (default:"
              + " ../shared/data).")
  Path data;

  @Option(
      names = "--queries",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Stories sampled from the archive (four copies each) and stories not in it"
              + " (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    Path dir = data != null ? data : SharedData.root().resolve("data");
    Path reuters = dir.resolve("wire").resolve("reuters21578");
    if (!Files.isDirectory(reuters)) {
      throw UnspinCliException.usage("no Reuters-21578 at " + reuters + " (use --data DIR)");
    }
    if (queries < 1) {
      throw UnspinCliException.usage("--queries must be >= 1: " + queries);
    }
    Path clough = dir.resolve("paraphrase").resolve("clough-stevenson");
    Path work = Files.createTempDirectory("unspin-eval-archive");
    try {
      ArchiveEval.Outcome outcome =
          new ArchiveEval(new ThesaurusSpinner(Lexicon.standardThesaurus()))
              .run(
                  new ArchiveEval.Config(
                      reuters, Files.isDirectory(clough) ? clough : null, queries, seed, work));
      PrintWriter out = spec.commandLine().getOut();
      out.print(outcome.table());
      out.flush();
      return Main.OK;
    } finally {
      delete(work);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
