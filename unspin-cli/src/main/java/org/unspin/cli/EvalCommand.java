package org.unspin.cli;

import picocli.CommandLine.Command;

/** {@code unspin eval ...}: the evaluations, one subcommand per stage. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score unspin (and its peers, in the same run) on evaluation data.",
    subcommands = {
      EvalExtractionCommand.class,
      EvalSpinCommand.class,
      EvalArchiveCommand.class,
    })
public final class EvalCommand {}
