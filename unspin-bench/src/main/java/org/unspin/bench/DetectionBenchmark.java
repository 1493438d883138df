package org.unspin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.archive.ReutersSgml;
import org.unspin.detect.KnownSpins;
import org.unspin.detect.LanguageSpinDetector;
import org.unspin.detect.SpinAnalysis;
import org.unspin.eval.SharedData;
import org.unspin.eval.spin.SpinEvaluation;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.Token;
import org.unspin.lexicon.Tokenizer;
import org.unspin.spin.SpinOptions;
import org.unspin.spin.Spinner;

/**
 * Spin detection over the standard lexicon on many different 600-word stories, clean and spun at
 * rate 0.2: each call analyses the next story of a cycle (words per second = stories per second ×
 * 600), so the figures measure the detector, not a cache holding one story's answers. Two states:
 *
 * <ul>
 *   <li>{@code unseen*}: a new lexicon and detector for every iteration (their thesaurus, relation
 *       and fill-in caches start empty; WordNet's readings and contrasts are remembered per JVM),
 *       over a pool of stories larger than one iteration reads, so every story is new to the
 *       detector;
 *   <li>{@code warm*}: one detector for the whole run, cycling over the pool's first {@link
 *       #WARM_POOL} stories, so by the measured iterations its caches know their words (per-text
 *       memos never carry over).
 * </ul>
 *
 * <p>The stories are Reuters-21578 stories joined up to 600 words when {@code
 * ../shared/data/wire/reuters21578} is present, else sentences of the example stories shuffled into
 * new orders (few distinct words: those figures are closer to warm ones). Also the time to load the
 * standard detector.
 *
 * <pre>
 * java -jar unspin-bench/target/unspin-bench.jar DetectionBenchmark
 * </pre>
 */
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class DetectionBenchmark {

  /** Words per story. */
  static final int WORDS = 600;

  /** Stories in the pool (more than one iteration analyses). */
  static final int POOL = 300;

  /** The first stories of the pool, which the warm detector cycles over. */
  static final int WARM_POOL = 20;

  /** The pool of clean and spun stories, built once per run. */
  @State(Scope.Benchmark)
  public static class Stories {
    List<String> clean;
    List<String> spun;
    String source;

    @Setup(Level.Trial)
    public void setUp() {
      Lexicon lexicon = Lexicon.standard();
      Optional<Path> reuters = SharedData.dataset("wire/reuters21578");
      source = reuters.isPresent() ? "reuters" : "examples";
      clean = reuters.isPresent() ? fromReuters(reuters.get()) : fromExamples();
      spun = new ArrayList<>(clean.size());
      for (int k = 0; k < clean.size(); k++) {
        spun.add(
            new Spinner(lexicon.thesaurus(), SpinOptions.defaults().withRate(0.2).withSeed(k))
                .spin(clean.get(k))
                .text());
      }
    }
  }

  /** A detector over a fresh lexicon, new every iteration, and where it is in the pool. */
  @State(Scope.Thread)
  public static class Unseen {
    LanguageSpinDetector detector;
    int next;

    @Setup(Level.Iteration)
    public void setUp() {
      detector = load();
    }
  }

  /** A detector for the whole run, and where it is in the pool. */
  @State(Scope.Thread)
  public static class Warm {
    LanguageSpinDetector detector;
    int next;

    @Setup(Level.Trial)
    public void setUp() {
      detector = load();
    }
  }

  static LanguageSpinDetector load() {
    Lexicon lexicon = Lexicon.standard();
    return new LanguageSpinDetector(
        lexicon.model(),
        lexicon.thesaurus(),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults());
  }

  /** A clean story the detector has not seen. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SpinAnalysis unseenClean(Stories s, Unseen u) {
    return u.detector.analyze(s.clean.get(u.next++ % s.clean.size()));
  }

  /** A spun story the detector has not seen. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SpinAnalysis unseenSpun(Stories s, Unseen u) {
    return u.detector.analyze(s.spun.get(u.next++ % s.spun.size()));
  }

  /** One of the pool's first {@link #WARM_POOL} clean stories, caches warm. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SpinAnalysis warmClean(Stories s, Warm w) {
    return w.detector.analyze(s.clean.get(w.next++ % WARM_POOL));
  }

  /** One of the pool's first {@link #WARM_POOL} spun stories, caches warm. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SpinAnalysis warmSpun(Stories s, Warm w) {
    return w.detector.analyze(s.spun.get(w.next++ % WARM_POOL));
  }

  /**
   * Loading the standard lexicon and building the detector, in a JVM that has loaded them before:
   * WordNet (its table and files, and the caches of its readings and contrasts) is opened once per
   * JVM, so this measures the rest (the n-gram model, MyThes's index, the detector) with the code
   * compiled. A command-line run's cold start is measured by {@link LexiconFootprint}.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public LanguageSpinDetector loadDetector() {
    return load();
  }

  /**
   * Reuters stories outside the spin evaluation's share ({@link SpinEvaluation#isEvaluationStory}),
   * joined in file order up to {@link #WORDS} words each.
   */
  static List<String> fromReuters(Path dir) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int words = 0;
    try {
      for (ReutersSgml.Story s : ReutersSgml.readDirectory(dir)) {
        if (SpinEvaluation.isEvaluationStory(s.id())) {
          continue;
        }
        sb.append(s.text()).append("\n\n");
        words += Tokenizer.words(s.text()).size();
        if (words >= WORDS) {
          out.add(sb.toString().strip());
          sb.setLength(0);
          words = 0;
          if (out.size() == POOL) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The example stories' sentences in {@link #POOL} seeded orders, {@link #WORDS} words each. */
  static List<String> fromExamples() {
    List<String> sentences = new ArrayList<>();
    try (var files = Files.list(Path.of("examples", "stories"))) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<List<Token>> found = Tokenizer.sentences(text);
        for (int i = 0; i < found.size(); i++) {
          int from = found.get(i).get(0).start();
          int to = i + 1 < found.size() ? found.get(i + 1).get(0).start() : text.length();
          sentences.add(text.substring(from, to).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no examples/stories: run from the repository root", e);
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < POOL; k++) {
      List<String> order = new ArrayList<>(sentences);
      Collections.shuffle(order, new Random(k));
      StringBuilder sb = new StringBuilder();
      int words = 0;
      for (int i = 0; words < WORDS; i = (i + 1) % order.size()) {
        sb.append(order.get(i)).append(i % 5 == 4 ? "\n\n" : " ");
        words += Tokenizer.words(order.get(i)).size();
      }
      out.add(sb.toString().strip());
    }
    return out;
  }
}
