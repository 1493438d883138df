package org.unspin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.unspin.detect.KnownSpins;
import org.unspin.detect.LanguageSpinDetector;
import org.unspin.lexicon.Lexicon;

/**
 * A cold start of the standard lexicon and detector, as a command-line run meets it: the time to
 * load them and then to analyse one story (which waits for WordNet's files if they are still
 * opening, and builds the shared contexts), the heap in use after a full GC before loading and
 * after that analysis, and the process's resident set. Not a JMH benchmark: {@code java -cp
 * unspin-bench/target/unspin-bench.jar org.unspin.bench.LexiconFootprint}.
 */
public final class LexiconFootprint {
  private LexiconFootprint() {}

  /** Prints the figures. */
  public static void main(String[] args) throws IOException {
    long before = usedAfterGc();
    long rssBefore = rssKb();
    long t0 = System.nanoTime();
    Lexicon lexicon = Lexicon.standard();
    LanguageSpinDetector detector =
        new LanguageSpinDetector(
            lexicon.model(),
            lexicon.thesaurus(),
            KnownSpins.NONE,
            LanguageSpinDetector.Settings.defaults());
    double load = (System.nanoTime() - t0) / 1e9;
    // timed at once: WordNet's files may still be opening in the background (see Morphology.load)
    String story = DetectionBenchmark.fromExamples().get(0);
    long t1 = System.nanoTime();
    detector.analyze(story);
    double first = (System.nanoTime() - t1) / 1e9;
    long analysed = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "load %.2f s, then first analysis (600 words) %.2f s; heap after GC: %.1f MB before,"
            + " %.1f MB after one analysis (+%.1f); resident %d MB before, %d MB after%n",
        load,
        first,
        before / 1e6,
        analysed / 1e6,
        (analysed - before) / 1e6,
        rssBefore / 1024,
        rssKb() / 1024);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** VmRSS from /proc/self/status, 0 where there is none. */
  private static long rssKb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
