package org.unspin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unspin.archive.Archive;
import org.unspin.archive.ArchiveException;
import org.unspin.archive.SpinDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unspin dictionary}: the spin dictionary an archive learned from aligned copies. */
@Command(
    name = "dictionary",
    mixinStandardHelpOptions = true,
    description =
        "List the (original -> spun) phrase pairs an archive has learned, most frequent first.")
public final class DictionaryCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "List at most N pairs (0: all).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = archive.directory();
    try (Archive a = Archive.open(dir)) {
      List<SpinDictionary.Pair> pairs = a.spins().pairs();
      int n = limit > 0 ? Math.min(limit, pairs.size()) : pairs.size();
      for (SpinDictionary.Pair p : pairs.subList(0, n)) {
        out.printf(Locale.ROOT, "%d\t%s\t->\t%s%n", p.count(), p.original(), p.spun());
      }
      if (pairs.isEmpty()) {
        out.println("no learned pairs yet (they are learned when 'check' finds a source)");
      }
      return Main.OK;
    } catch (ArchiveException e) {
      throw UnspinCliException.usage(e.getMessage(), e);
    }
  }
}
