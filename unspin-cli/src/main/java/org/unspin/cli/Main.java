package org.unspin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code unspin} command: one thin class per subcommand, real work in unspin-core. */
@Command(
    name = "unspin",
    mixinStandardHelpOptions = true,
    version = "unspin 0.1.0",
    description = "Sees through content farms: the story, its spun phrases and their originals.",
    subcommands = {
      CheckCommand.class,
      ExtractCommand.class,
      SpinCommand.class,
      EvalCommand.class,
      IndexCommand.class,
      DictionaryCommand.class,
    })
public final class Main {

  /** Exit code: report printed. */
  public static final int OK = 0;

  /** Exit code: internal error. */
  public static final int INTERNAL_ERROR = 1;

  /** Exit code: usage error or unreadable input. */
  public static final int USAGE = 2;

  /** Exit code: stopped by a signal (Ctrl-C) after saving the work done, as shells report it. */
  public static final int STOPPED = 130;

  public static void main(String[] args) {
    System.exit(
        execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command in-process with the given streams; returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The configured command line, with unspin's error handling. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(Main::handle);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println("unspin: " + ex.getMessage());
          ex.getCommandLine().getErr().println("Try 'unspin --help' for usage.");
          return USAGE;
        });
    return cl;
  }

  private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    boolean verbose = parsed != null && verbose(parsed);
    PrintWriter err = cl.getErr();
    if (ex instanceof UnspinCliException u) {
      err.println("unspin: " + u.getMessage());
      if (verbose && u.getCause() != null) {
        u.getCause().printStackTrace(err);
      }
      return u.exitCode();
    }
    err.println("unspin: internal error: " + ex);
    if (verbose) {
      ex.printStackTrace(err);
    } else {
      err.println("(run with --verbose for the stack trace)");
    }
    return INTERNAL_ERROR;
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
