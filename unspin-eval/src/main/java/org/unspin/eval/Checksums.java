package org.unspin.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of a dataset: every regular file's relative path and bytes, in sorted order. */
public final class Checksums {
  private Checksums() {}

  /** The checksum of a file or of every file under a folder. */
  public static String sha256(Path root) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<Path> files;
    if (Files.isRegularFile(root)) {
      files = List.of(root);
    } else {
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
    }
    byte[] buf = new byte[1 << 16];
    for (Path f : files) {
      String rel =
          Files.isRegularFile(root)
              ? f.getFileName().toString()
              : root.relativize(f).toString().replace('\\', '/');
      md.update(rel.getBytes(StandardCharsets.UTF_8));
      try (InputStream in = Files.newInputStream(f)) {
        for (int n; (n = in.read(buf)) > 0; ) {
          md.update(buf, 0, n);
        }
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
