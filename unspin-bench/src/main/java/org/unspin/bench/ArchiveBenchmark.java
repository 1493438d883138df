package org.unspin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.unspin.archive.Archive;
import org.unspin.archive.ArchiveDocument;
import org.unspin.archive.ArchiveSourceFinder;
import org.unspin.archive.ArchiveWriter;
import org.unspin.archive.ReutersSgml;
import org.unspin.eval.SharedData;
import org.unspin.eval.archive.CopySpinner;
import org.unspin.eval.archive.ThesaurusSpinner;
import org.unspin.lexicon.Lexicon;

/**
 * The archive at scale: builds an archive of synthetic stories (each a random run of Reuters-21578
 * sentences or spun variants of them, generated in the run and never stored anywhere else), then
 * looks up spun copies (rate 0.3) of stories in it, one thread. Prints the build rate, index bytes
 * per story and query latency percentiles.
 *
 * <pre>
 * java -cp unspin-bench/target/unspin-bench.jar org.unspin.bench.ArchiveBenchmark \
 *     [--docs 1000000] [--queries 1000] [--work DIR] [--seed 42]
 * </pre>
 */
public final class ArchiveBenchmark {
  private ArchiveBenchmark() {}

  public static void main(String[] args) throws IOException {
    int docs = 1_000_000;
    int queries = 1_000;
    long seed = 42;
    Path work = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[i + 1]);
        case "--queries" -> queries = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    Path reuters =
        SharedData.dataset("wire/reuters21578")
            .orElseThrow(() -> new IllegalStateException("no ../shared/data/wire/reuters21578"));
    Path dir =
        (work != null ? work : Files.createTempDirectory("unspin-archive-bench"))
            .resolve("archive");
    CopySpinner spinner = new ThesaurusSpinner(Lexicon.standardThesaurus());
    SplittableRandom rnd = new SplittableRandom(seed);

    List<String> sentences = new ArrayList<>();
    for (ReutersSgml.Story s : ReutersSgml.readDirectory(reuters)) {
      for (String p : s.paragraphs()) {
        for (String sentence : p.split("(?<=[.!?])\\s+(?=[A-Z])")) {
          if (sentence.length() > 40) {
            sentences.add(sentence);
          }
        }
      }
    }
    long t0 = System.nanoTime();
    // Every tenth sentence also gets a spun variant (spinning is the slow part of generation).
    List<String> pool = new ArrayList<>(sentences);
    for (int i = 0; i < sentences.size(); i += 10) {
      pool.add(spinner.spin(sentences.get(i), 0.3, seed + i).text());
    }
    System.out.printf(
        Locale.ROOT,
        "sentence pool: %d sentences (%d of them spun) in %.1f s%n",
        pool.size(),
        pool.size() - sentences.size(),
        (System.nanoTime() - t0) / 1e9);

    List<String> sample = new ArrayList<>();
    long genNanos = 0;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long genCpu = 0;
    long cpu0 = os.getProcessCpuTime();
    long thread0 = threads.getCurrentThreadCpuTime();
    long t1 = System.nanoTime();
    try (ArchiveWriter w =
        ArchiveWriter.open(dir, new ArchiveWriter.Options(50_000, 2_000_000, false))) {
      for (int d = 0; d < docs; d++) {
        long g = System.nanoTime();
        long gc = threads.getCurrentThreadCpuTime();
        String text = story(pool, rnd);
        genCpu += threads.getCurrentThreadCpuTime() - gc;
        genNanos += System.nanoTime() - g;
        w.add(new ArchiveDocument("syn-" + d, null, null, text, null));
        if (sample.size() < queries && rnd.nextInt(Math.max(1, docs / queries)) == 0) {
          sample.add("syn-" + d + "\t" + text);
        }
        if ((d + 1) % 100_000 == 0) {
          System.out.printf(
              Locale.ROOT, "  %d stories, %.0f s%n", d + 1, (System.nanoTime() - t1) / 1e9);
        }
      }
      w.commit();
      long merge = System.nanoTime();
      w.compact();
      System.out.printf(Locale.ROOT, "compaction: %.1f s%n", (System.nanoTime() - merge) / 1e9);
    }
    double buildSecs = (System.nanoTime() - t1 - genNanos) / 1e9;
    double threadCpu = (threads.getCurrentThreadCpuTime() - thread0 - genCpu) / 1e9;
    double processCpu = (os.getProcessCpuTime() - cpu0 - genCpu) / 1e9;
    long bytes;
    try (Stream<Path> s = Files.walk(Archive.indexDirectory(dir))) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf(
        Locale.ROOT,
        "build: %d stories in %.1f s (generation excluded): %.0f stories/s; index %.1f MB, %.0f"
            + " bytes/story%n",
        docs,
        buildSecs,
        docs / buildSecs,
        bytes / 1e6,
        bytes / (double) docs);
    System.out.printf(
        Locale.ROOT,
        "build CPU (generation excluded): writing thread %.1f s (%.0f stories per CPU second),"
            + " whole process incl. merges and GC %.1f s (%.0f stories per CPU second)%n",
        threadCpu,
        docs / threadCpu,
        processCpu,
        docs / processCpu);

    try (Archive archive = Archive.open(dir)) {
      ArchiveSourceFinder finder =
          new ArchiveSourceFinder(archive, ArchiveSourceFinder.Options.defaults().withLearn(false));
      List<String[]> qs = new ArrayList<>();
      for (int i = 0; i < sample.size(); i++) {
        String[] idText = sample.get(i).split("\t", 2);
        qs.add(new String[] {idText[0], spinner.spin(idText[1], 0.3, seed * 7 + i).text()});
      }
      for (int i = 0; i < Math.min(200, qs.size()); i++) {
        finder.find(qs.get(i)[1]); // warm-up
      }
      long[] nanos = new long[qs.size()];
      int hits = 0;
      for (int i = 0; i < qs.size(); i++) {
        long a = System.nanoTime();
        var r = finder.find(qs.get(i)[1]);
        nanos[i] = System.nanoTime() - a;
        if (r.match() != null && r.match().id().equals(qs.get(i)[0])) {
          hits++;
        }
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "queries: %d spun copies (rate 0.3): recall@1 %.3f; latency p50 %.2f ms, p90 %.2f ms,"
              + " p99 %.2f ms, max %.2f ms%n",
          qs.size(),
          hits / (double) Math.max(1, qs.size()),
          pct(nanos, 0.50),
          pct(nanos, 0.90),
          pct(nanos, 0.99),
          nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
    }
  }

  private static String story(List<String> pool, SplittableRandom rnd) {
    int n = 5 + rnd.nextInt(11);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(i % 3 == 0 ? "\n\n" : " ");
      }
      sb.append(pool.get(rnd.nextInt(pool.size())));
    }
    return sb.toString();
  }

  private static double pct(long[] sorted, double q) {
    return sorted.length == 0
        ? 0
        : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
  }
}
