package org.unspin.cli;

import java.nio.file.Path;
import org.unspin.archive.Archive;
import picocli.CommandLine.Option;

/** The {@code --archive DIR} option of the archive commands (a picocli mixin). */
public final class ArchiveOption {
  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "The archive directory (default: the per-user archive).")
  Path archive;

  /** The directory given, else the per-user default archive. */
  Path directory() {
    return archive != null ? archive : Archive.defaultLocation();
  }
}
