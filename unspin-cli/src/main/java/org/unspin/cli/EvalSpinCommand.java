package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.unspin.detect.LanguageSpinDetector;
import org.unspin.eval.SharedData;
import org.unspin.eval.spin.SpinEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unspin eval spin}: spin detection on Reuters-21578, with the baseline beside it. */
@Command(
    name = "spin",
    mixinStandardHelpOptions = true,
    description =
        "Spin Reuters-21578 stories with one thesaurus, detect with another, and score "
            + "unspin's detector and a thesaurus-inversion baseline.")
public final class EvalSpinCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      description = "The Reuters-21578 folder (default: ../shared/data/wire/reuters21578).")
  Path data;

  @Option(names = "--limit", description = "How many evaluation stories (default: 400).")
  int limit = 400;

  @Option(names = "--rates", split = ",", description = "Spin rates (default: 0.1,0.2,0.3,0.4).")
  List<Double> rates = List.of(0.1, 0.2, 0.3, 0.4);

  @Option(
      names = "--only",
      description = "Run only the rows whose 'pairing counts detector' contains this text.")
  String only;

  @Option(
      names = "--fill-limit",
      description = "Fill-in-the-blank candidates per blank for unspin's detector (0: none).")
  Integer fillLimit;

  @Override
  public Integer call() {
    Path dir = data;
    if (dir == null) {
      dir =
          SharedData.dataset("wire/reuters21578")
              .orElseThrow(
                  () -> UnspinCliException.usage("no Reuters-21578 data: pass --data DIR"));
    }
    if (!Files.isDirectory(dir)) {
      throw UnspinCliException.usage("not a directory: " + dir);
    }
    if (limit < 1) {
      throw UnspinCliException.usage("--limit must be positive: " + limit);
    }
    try {
      SpinEvaluation.run(options(dir), spec.commandLine().getOut());
    } catch (IOException e) {
      throw UnspinCliException.usage("cannot read " + dir + ": " + e.getMessage(), e);
    }
    return Main.OK;
  }

  private SpinEvaluation.Options options(Path dir) {
    LanguageSpinDetector.Settings settings = LanguageSpinDetector.Settings.defaults();
    if (fillLimit != null) {
      if (fillLimit < 0) {
        throw UnspinCliException.usage("--fill-limit must be 0 or more: " + fillLimit);
      }
      settings = settings.withFillLimit(fillLimit);
    }
    return SpinEvaluation.Options.defaults(dir)
        .withLimit(limit)
        .withRates(rates)
        .withOnly(only)
        .withSettings(settings);
  }
}
