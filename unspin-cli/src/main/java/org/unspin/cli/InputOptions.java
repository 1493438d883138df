package org.unspin.cli;

import java.nio.file.Path;
import org.unspin.input.Input;
import org.unspin.input.InputReader;
import org.unspin.input.UnreadableInputException;
import picocli.CommandLine.Parameters;

/** The one page argument ({@code FILE} or {@code -} for stdin), shared as a picocli mixin. */
public final class InputOptions {
  @Parameters(
      index = "0",
      paramLabel = "FILE|-",
      description = "An HTML page or a plain-text file; '-' reads standard input.")
  String file;

  /** Reads the page named on the command line, or fails with a usage error saying why. */
  Input read() {
    InputReader reader = new InputReader();
    try {
      if ("-".equals(file)) {
        return reader.read(System.in, "-");
      }
      return reader.read(Path.of(file));
    } catch (UnreadableInputException e) {
      throw UnspinCliException.usage(e.getMessage(), e);
    } catch (java.nio.file.InvalidPathException e) {
      throw UnspinCliException.usage(file + ": not a valid path");
    }
  }
}
