package org.unspin.archive;

/** The archive cannot be opened or written: the message says which directory and why. */
public final class ArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An archive problem with its cause. */
  public ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An archive problem. */
  public ArchiveException(String message) {
    super(message);
  }
}
