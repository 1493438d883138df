package org.unspin.cli;

/** The one exception type of the CLI: a message for the user and a named exit code. */
public final class UnspinCliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  private UnspinCliException(String message, Throwable cause, int exitCode) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad usage or unreadable input: exit code 2. */
  public static UnspinCliException usage(String message) {
    return new UnspinCliException(message, null, Main.USAGE);
  }

  /** Bad usage or unreadable input caused by {@code cause}: exit code 2. */
  public static UnspinCliException usage(String message, Throwable cause) {
    return new UnspinCliException(message, cause, Main.USAGE);
  }

  public int exitCode() {
    return exitCode;
  }
}
