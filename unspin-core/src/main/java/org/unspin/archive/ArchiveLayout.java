package org.unspin.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where an archive keeps its parts: a marker file saying "this is an unspin archive", the Lucene
 * index and the learned spin dictionary.
 */
final class ArchiveLayout {
  static final String MARKER = "archive.properties";
  static final String INDEX = "index";
  static final String SPINS = "spins.tsv";
  static final String FORMAT = "unspin-archive";
  static final String VERSION = "1";

  /** Stored field and key names. */
  static final String F_ID = "id";

  static final String F_URL = "url";
  static final String F_TITLE = "title";
  static final String F_DATE = "date";
  static final String F_TEXT = "text";
  static final String F_FP = "fp";
  static final String F_BODY = "body";

  private ArchiveLayout() {}

  /** Whether {@code dir} holds an unspin archive. */
  static boolean isArchive(Path dir) {
    Path marker = dir.resolve(MARKER);
    if (!Files.isRegularFile(marker)) {
      return false;
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(marker)) {
      p.load(in);
    } catch (IOException e) {
      return false;
    }
    return FORMAT.equals(p.getProperty("format"));
  }

  /** Checks {@code dir} is an archive, or throws with the reason. */
  static void requireArchive(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ArchiveException("no archive at " + dir + ": not a directory");
    }
    if (!isArchive(dir)) {
      throw new ArchiveException(
          "not an unspin archive: " + dir + " (no " + MARKER + "; build one with 'unspin index')");
    }
  }

  /** Makes {@code dir} an archive when it is new or empty; checks it is one otherwise. */
  static void createOrCheck(Path dir) throws IOException {
    if (Files.isDirectory(dir) && isArchive(dir)) {
      return;
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ArchiveException("cannot create an archive at " + dir + ": it is a file");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        if (s.findAny().isPresent()) {
          throw new ArchiveException(
              "not an unspin archive: "
                  + dir
                  + " is a non-empty directory without "
                  + MARKER
                  + "; give a new or empty directory");
        }
      }
    }
    Files.createDirectories(dir);
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    p.setProperty("version", VERSION);
    Path tmp = dir.resolve(MARKER + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      p.store(out, "unspin archive");
    }
    Files.move(
        tmp,
        dir.resolve(MARKER),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
