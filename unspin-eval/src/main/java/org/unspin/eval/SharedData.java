package org.unspin.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the evaluation data lives. It is never part of the repository: by default it is {@code
 * ../shared/data} beside the project, overridable with the system property {@code unspin.shared}
 * (the folder holding {@code data/}) or the environment variable {@code UNSPIN_SHARED}.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder (the one that holds {@code data/}), whether or not it exists. */
  public static Path root() {
    String prop = System.getProperty("unspin.shared");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv("UNSPIN_SHARED");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of("..", "shared");
  }

  /** {@code data/<relative>} under the shared folder, when it exists. */
  public static Optional<Path> dataset(String relative) {
    Path p = root().resolve("data").resolve(relative).normalize();
    return Files.exists(p) ? Optional.of(p) : Optional.empty();
  }
}
