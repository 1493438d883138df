package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.unspin.lexicon.AiksaurusThesaurus;
import org.unspin.lexicon.InflectingThesaurus;
import org.unspin.lexicon.Morphology;
import org.unspin.lexicon.MyThesThesaurus;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.WordNetThesaurus;
import org.unspin.spin.FarmPage;
import org.unspin.spin.SpinOptions;
import org.unspin.spin.Spinner;
import org.unspin.spin.SpunText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unspin spin}: the farms' article spinner, as unspin's adversary. */
@Command(
    name = "spin",
    mixinStandardHelpOptions = true,
    description = {
      "Spin a plain-text story the way content farms do: swap words and phrases for thesaurus"
          + " look-alikes at a target rate, reproducibly from a seed.",
      "Prints the spun text (or, with --page, a farm-like HTML page); --truth writes the exact"
          + " substitutions with offsets into the original and the spun text as JSON."
    })
public final class SpinCommand implements Callable<Integer> {

  /** The dictionaries the spinner can use. */
  enum Dictionary {
    wordnet,
    mythes,
    both,
    aiksaurus
  }

  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Option(
      names = "--rate",
      defaultValue = "0.2",
      description = "Share of the words to change, 0..1 (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--thesaurus",
      defaultValue = "wordnet",
      description =
          "Dictionary to spin with: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Dictionary thesaurus;

  @Option(names = "--page", description = "Wrap the spun story in a farm-like HTML page.")
  boolean page;

  @Option(
      names = "--source",
      paramLabel = "URL",
      description = "Where the page's \"Source link\" points (default: a placeholder).")
  String source;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description = "Write the substitutions as JSON to FILE.")
  Path truth;

  @Parameters(paramLabel = "FILE|-", description = "The story as plain text; - for stdin.")
  String file;

  @Override
  public Integer call() {
    if (!(rate >= 0 && rate <= 1)) {
      throw UnspinCliException.usage("--rate must be between 0 and 1, not " + rate);
    }
    String text = read(file);
    SpinOptions options = SpinOptions.defaults().withRate(rate).withSeed(seed);
    SpunText spun = new Spinner(thesaurus(thesaurus), options).spin(text);
    PrintWriter out = spec.commandLine().getOut();
    out.print(page ? FarmPage.wrap(spun.text(), source, seed) : spun.text());
    out.flush();
    if (truth != null) {
      try {
        Files.writeString(truth, spun.toJson() + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw UnspinCliException.usage("cannot write " + truth + ": " + e.getMessage(), e);
      }
    }
    return Main.OK;
  }

  private static Thesaurus thesaurus(Dictionary which) {
    return switch (which) {
      case wordnet -> WordNetThesaurus.load();
      case mythes -> new InflectingThesaurus(myThes(), Morphology.load());
      case both -> {
        WordNetThesaurus wordNet = WordNetThesaurus.load();
        yield Thesaurus.union(
            List.of(wordNet, new InflectingThesaurus(myThes(), wordNet.morphology())));
      }
      case aiksaurus -> new InflectingThesaurus(aiksaurus(), Morphology.load());
    };
  }

  private static AiksaurusThesaurus aiksaurus() {
    Path dir = AiksaurusThesaurus.installedDir();
    if (!Files.isReadable(dir.resolve("words.dat"))) {
      throw UnspinCliException.usage(
          "Aiksaurus is not installed (" + dir + "); install Debian's libaiksaurus-1.2-data");
    }
    try {
      return AiksaurusThesaurus.load(dir);
    } catch (IOException | IllegalArgumentException e) {
      throw UnspinCliException.usage("cannot read Aiksaurus in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static MyThesThesaurus myThes() {
    return MyThesThesaurus.loadInstalled()
        .orElseThrow(
            () ->
                UnspinCliException.usage(
                    "MyThes is not installed ("
                        + MyThesThesaurus.DEBIAN_EN_US
                        + "); install Debian's mythes-en-us"));
  }

  private static String read(String file) {
    try {
      byte[] bytes =
          "-".equals(file) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw UnspinCliException.usage("no such file: " + file, e);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw UnspinCliException.usage("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
