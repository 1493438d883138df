package org.unspin.lexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the compact n-gram model from text collections (run by {@code scripts/build-lexicon.sh}).
 *
 * <pre>
 * java -cp unspin-core/target/classes org.unspin.lexicon.ModelBuilder \
 *     --order 4 --min-counts 1,2,2,2 --neighbours 32 --neighbour-min 2 \
 *     --brown DIR --text DIR --out FILE
 * </pre>
 *
 * <p>{@code --brown DIR}: the Brown corpus in its tagged form (files {@code ca01} to {@code cr09},
 * one sentence a line, {@code word/tag} tokens). {@code --text DIR}: every {@code .txt} file,
 * UTF-8. Files are read in name order, so the same inputs give the same bytes. {@code --neighbours
 * K}: keep each word's K most frequent content-word followers and predecessors (default 0: none)
 * among pairs counted at least {@code --neighbour-min} times (default 2).
 */
public final class ModelBuilder {

  private ModelBuilder() {}

  /** Builds a model; exits with 2 and a message on bad arguments. */
  public static void main(String[] args) throws IOException {
    int order = 4;
    int[] minCounts = null;
    List<Path> brown = new ArrayList<>();
    List<Path> text = new ArrayList<>();
    Path out = null;
    int neighbours = 0;
    int neighbourMin = 2;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--order" -> order = Integer.parseInt(required(args[i], value));
        case "--min-counts" -> minCounts = parseCounts(required(args[i], value));
        case "--brown" -> brown.add(Path.of(required(args[i], value)));
        case "--text" -> text.add(Path.of(required(args[i], value)));
        case "--neighbours" -> neighbours = Integer.parseInt(required(args[i], value));
        case "--neighbour-min" -> neighbourMin = Integer.parseInt(required(args[i], value));
        case "--out" -> out = Path.of(required(args[i], value));
        default -> usage("unknown argument " + args[i]);
      }
      i++;
    }
    if (out == null) {
      usage("--out FILE is required");
    }
    if (minCounts == null) {
      minCounts = new int[order];
      java.util.Arrays.fill(minCounts, 1);
    }
    NgramCounts counts = new NgramCounts(order);
    for (Path dir : brown) {
      for (Path f : files(dir, "c[a-r][0-9][0-9]")) {
        counts.add(brownText(Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    for (Path dir : text) {
      for (Path f : files(dir, ".*\\.txt")) {
        counts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    try (OutputStream o = Files.newOutputStream(out)) {
      CompactModel.write(counts, minCounts, neighbours, neighbourMin, o);
    }
    PrintStream log = System.err;
    log.printf(
        java.util.Locale.ROOT,
        "counted %,d tokens, %,d words, %,d n-grams; wrote %s (%,d bytes)%n",
        counts.tokens(),
        counts.vocabularySize(),
        counts.size(),
        out,
        Files.size(out));
  }

  /**
   * The plain text of tagged Brown corpus data: tags dropped, one sentence a line, quotes made
   * plain.
   */
  static String brownText(String tagged) {
    StringBuilder out = new StringBuilder(tagged.length());
    for (String line : tagged.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      for (String token : line.trim().split("\\s+")) {
        int slash = token.lastIndexOf('/');
        String word = slash > 0 ? token.substring(0, slash) : token;
        if (word.equals("``") || word.equals("''")) {
          word = "\"";
        }
        out.append(word).append(' ');
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  private static List<Path> files(Path dir, String nameRegex) throws IOException {
    if (!Files.isDirectory(dir)) {
      usage("not a directory: " + dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches(nameRegex)).sorted().toList();
    }
  }

  private static int[] parseCounts(String s) {
    String[] parts = s.split(",");
    int[] counts = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      counts[i] = Integer.parseInt(parts[i].trim());
    }
    return counts;
  }

  private static String required(String option, String value) {
    if (value == null) {
      usage(option + " needs a value");
    }
    return value;
  }

  private static void usage(String message) {
    System.err.println("ModelBuilder: " + message);
    System.err.println(
        "usage: ModelBuilder [--order N] [--min-counts C1,..,CN] [--neighbours K]"
            + " [--neighbour-min C] [--brown DIR]... [--text DIR]... --out FILE");
    System.exit(2);
  }
}
