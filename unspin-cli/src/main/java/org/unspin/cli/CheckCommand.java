package org.unspin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unspin.Unspin;
import org.unspin.UnspinOptions;
import org.unspin.archive.ArchiveException;
import org.unspin.report.Report;
import org.unspin.report.ReportJson;
import org.unspin.report.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unspin check}: what a content farm did to a page. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Report what a content farm did to a page: the story without the farm's chrome, every spun"
          + " phrase with the wording it most likely replaced, the farm's wrapper, and the source"
          + " when it is in the archive.",
      "Exit codes: 0 report printed; 2 usage error or unreadable input; 1 internal error."
    })
public final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin InputOptions input;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "Archive to look the original up in (default: the per-user archive, if any).")
  Path archive;

  @Override
  public Integer call() {
    Unspin unspin;
    try {
      unspin = Unspin.create(UnspinOptions.defaults().withArchive(archive));
    } catch (ArchiveException e) {
      throw UnspinCliException.usage(e.getMessage(), e);
    }
    Report report = unspin.check(input.read());
    String out = format == OutputFormat.json ? ReportJson.write(report) : ReportText.render(report);
    spec.commandLine().getOut().println(out);
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
