package org.unspin.cli;

import picocli.CommandLine.Option;

/** Options every subcommand shares (a picocli mixin). */
public final class CommonOptions {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces of errors.")
  boolean verbose;
}
