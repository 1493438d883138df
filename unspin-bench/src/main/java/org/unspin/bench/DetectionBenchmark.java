package org.unspin.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.detect.KnownSpins;
import org.unspin.detect.LanguageSpinDetector;
import org.unspin.detect.SpinAnalysis;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.Tokenizer;
import org.unspin.spin.SpinOptions;
import org.unspin.spin.Spinner;

/**
 * Spin detection over the standard lexicon: stories per second on a 600-word story, clean and spun
 * at rate 0.2 (words per second = stories per second × 600), and the time to load the standard
 * detector.
 *
 * <pre>
 * java -jar unspin-bench/target/unspin-bench.jar DetectionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class DetectionBenchmark {

  /** Our own text, repeated with variations up to 600 words. */
  private static final String[] SENTENCES = {
    "The city council said on Tuesday that it would delay a vote on the new harbour plan because"
        + " of concerns about the cost of the project.",
    "The mayor told reporters that the council had received more and more letters from residents"
        + " who want the old market to stay open.",
    "Officials are expected to take part in a meeting next week, the council said in a statement.",
    "The decision was welcomed by local business owners, who had warned that construction would"
        + " hurt trade during the busy summer season.",
    "The government will send a delegation to the talks, according to people familiar with the"
        + " matter.",
    "Shares of the company rose sharply after it reported higher profits for the first quarter"
        + " and raised its forecast for the year.",
    "Analysts said the results were better than expected, but warned that rising costs could"
        + " weigh on earnings later in the year.",
    "The central bank left interest rates unchanged and said it would watch inflation closely in"
        + " the coming months.",
  };

  /** The 600-word story. */
  public static final String STORY = story(600);

  private LanguageSpinDetector detector;
  private String spun;

  static String story(int words) {
    StringBuilder sb = new StringBuilder();
    int k = 0;
    while (Tokenizer.words(sb.toString()).size() < words) {
      sb.append(SENTENCES[k % SENTENCES.length]).append(k % 4 == 3 ? "\n\n" : " ");
      k++;
    }
    return sb.toString().strip();
  }

  @Setup
  public void setUp() {
    detector = load();
    Lexicon lexicon = Lexicon.standard();
    spun =
        new Spinner(lexicon.thesaurus(), SpinOptions.defaults().withRate(0.2).withSeed(7))
            .spin(STORY)
            .text();
  }

  private static LanguageSpinDetector load() {
    Lexicon lexicon = Lexicon.standard();
    return new LanguageSpinDetector(
        lexicon.model(),
        lexicon.thesaurus(),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults());
  }

  /** A clean 600-word story. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SpinAnalysis detectClean() {
    return detector.analyze(STORY);
  }

  /** The same story spun at rate 0.2. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SpinAnalysis detectSpun() {
    return detector.analyze(spun);
  }

  /** Loading the standard lexicon and building the detector. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public LanguageSpinDetector loadDetector() {
    return load();
  }
}
