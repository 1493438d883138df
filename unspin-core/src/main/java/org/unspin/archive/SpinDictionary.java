package org.unspin.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.unspin.detect.KnownSpins;

/**
 * The spin dictionary learned from aligned copies: (original → spun) phrase pairs with how often
 * each was seen. Stored beside the index as {@code spins.tsv} ({@code original TAB spun TAB count}
 * per line); saving merges with what other processes saved meanwhile, under a file lock.
 * Thread-safe.
 */
public final class SpinDictionary implements KnownSpins {

  /**
   * One learned pair.
   *
   * @param original the source's wording, lower case
   * @param spun the copy's wording, lower case
   * @param count how often it was seen
   */
  public record Pair(String original, String spun, long count) {}

  private final Path file;
  private final Map<String, Map<String, Long>> bySpun = new ConcurrentHashMap<>();
  private final Map<String, Long> pending = new ConcurrentHashMap<>();
  // copies already learned from, so that checking the same page again adds nothing
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final Set<String> pendingSeen = ConcurrentHashMap.newKeySet();

  private SpinDictionary(Path file) {
    this.file = file;
  }

  /** The dictionary stored in {@code file}; empty when the file does not exist. */
  public static SpinDictionary load(Path file) throws IOException {
    SpinDictionary d = new SpinDictionary(file);
    if (Files.isRegularFile(file)) {
      read(file).forEach((key, count) -> d.put(key, count));
    }
    Path seenFile = d.seenFile();
    if (Files.isRegularFile(seenFile)) {
      d.seen.addAll(Files.readAllLines(seenFile, StandardCharsets.UTF_8));
    }
    return d;
  }

  /**
   * Whether this is the first time the copy with key {@code copyKey} (say, a digest of the copy and
   * its source's id) is learned from; records it when it is. Learn a copy's pairs only on its first
   * sighting, so that the counts say how many copies showed a pair.
   */
  public boolean firstSighting(String copyKey) {
    if (copyKey.isBlank() || copyKey.matches(".*[\\t\\n\\r].*")) {
      throw new IllegalArgumentException("bad copy key: '" + copyKey + "'");
    }
    if (!seen.add(copyKey)) {
      return false;
    }
    pendingSeen.add(copyKey);
    return true;
  }

  private Path seenFile() {
    return file.resolveSibling(file.getFileName() + ".seen");
  }

  @Override
  public List<Original> originalsOf(String spunPhrase) {
    Map<String, Long> m = bySpun.get(spunPhrase);
    if (m == null) {
      return List.of();
    }
    List<Original> out = new ArrayList<>();
    m.forEach((orig, n) -> out.add(new Original(orig, n)));
    out.sort(Comparator.comparingLong(Original::count).reversed().thenComparing(Original::phrase));
    return out;
  }

  /** Every pair, most frequent first. */
  public List<Pair> pairs() {
    List<Pair> out = new ArrayList<>();
    bySpun.forEach((spun, m) -> m.forEach((orig, n) -> out.add(new Pair(orig, spun, n))));
    out.sort(
        Comparator.comparingLong(Pair::count)
            .reversed()
            .thenComparing(Pair::original)
            .thenComparing(Pair::spun));
    return out;
  }

  /**
   * Records that {@code original} was seen replaced by {@code spun} (both lower case, words
   * separated by single spaces). Pairs with an empty side, identical sides, tabs or line breaks are
   * ignored.
   */
  public void learn(String original, String spun) {
    if (original.isBlank() || spun.isBlank() || original.equals(spun)) {
      return;
    }
    if (original.matches(".*[\\t\\n\\r].*") || spun.matches(".*[\\t\\n\\r].*")) {
      return;
    }
    String key = original + '\t' + spun;
    put(key, 1L);
    pending.merge(key, 1L, Long::sum);
  }

  /** Writes what was learned since the last save, merged with the stored file. */
  public synchronized void save() throws IOException {
    if (pending.isEmpty() && pendingSeen.isEmpty()) {
      return;
    }
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
    try (FileChannel ch =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      Map<String, Long> merged = Files.isRegularFile(file) ? read(file) : new ConcurrentHashMap<>();
      Map<String, Long> batch = Map.copyOf(pending);
      batch.forEach((k, n) -> merged.merge(k, n, Long::sum));
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (Map.Entry<String, Long> e : merged.entrySet()) {
          w.write(e.getKey());
          w.write('\t');
          w.write(Long.toString(e.getValue()));
          w.write('\n');
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      batch.forEach((k, n) -> pending.merge(k, -n, (a, b) -> a + b == 0 ? null : a + b));
      List<String> keys = List.copyOf(pendingSeen);
      if (!keys.isEmpty()) {
        Files.write(
            seenFile(),
            keys,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        pendingSeen.removeAll(keys);
      }
    }
  }

  private void put(String key, long count) {
    int tab = key.indexOf('\t');
    bySpun
        .computeIfAbsent(key.substring(tab + 1), k -> new ConcurrentHashMap<>())
        .merge(key.substring(0, tab), count, Long::sum);
  }

  private static Map<String, Long> read(Path file) throws IOException {
    Map<String, Long> out = new ConcurrentHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length != 3) {
        continue;
      }
      try {
        out.merge(f[0] + '\t' + f[1], Long.parseLong(f[2]), Long::sum);
      } catch (NumberFormatException e) {
        // a damaged line is dropped; the rest of the dictionary stays usable
      }
    }
    return out;
  }
}
