package org.unspin.bench;

import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.unspin.lexicon.CompactModel;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.Tokenizer;

/**
 * The bundled n-gram model: load time, n-gram lookups per second and fill-in-the-blank queries per
 * second.
 *
 * <pre>
 * java -jar unspin-bench/target/unspin-bench.jar LexiconBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class LexiconBenchmark {

  // our own text: the n-grams looked up are its bigrams to 4-grams
  private static final String TEXT =
      "The city council said on Tuesday that it would delay a vote on the new harbour plan due to"
          + " concerns about the cost of the project. The mayor told reporters that the council had"
          + " received more and more letters from residents who want the old market to stay open."
          + " Officials are expected to take part in a meeting next week, the council said in a"
          + " statement. The decision was welcomed by local business owners, who had warned that"
          + " construction would hurt trade during the busy summer season. The government of the"
          + " United States will send a delegation to the talks, according to people familiar with"
          + " the matter.";

  private CompactModel model;
  private List<List<String>> grams;
  private List<List<String>> lefts;
  private List<List<String>> rights;

  @Setup
  public void setUp() {
    model = Lexicon.bundledModel();
    List<String> words = new ArrayList<>();
    words.add(Tokenizer.SENTENCE_START);
    words.addAll(Tokenizer.words(TEXT));
    words.add(Tokenizer.SENTENCE_END);
    grams = new ArrayList<>();
    lefts = new ArrayList<>();
    rights = new ArrayList<>();
    for (int i = 0; i + 4 <= words.size(); i++) {
      for (int n = 2; n <= 4; n++) {
        grams.add(words.subList(i, i + n));
      }
      lefts.add(words.subList(i, i + 1));
      rights.add(words.subList(i + 2, i + 3));
    }
  }

  /** Loads the bundled model from the jar: the detector's start-up cost. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 10)
  public CompactModel loadBundledModel() {
    return Lexicon.bundledModel();
  }

  /** Loads the whole standard lexicon: model, WordNet and (when installed) MyThes. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public Lexicon loadStandardLexicon() {
    return Lexicon.standard();
  }

  /** Looks up every 2- to 4-gram of the text; the score is per call (one pass over the text). */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public long countNgrams() {
    long sum = 0;
    for (List<String> g : grams) {
      sum += model.count(g);
    }
    return sum;
  }

  /** Fill in the blank between each pair of words two apart, 1- and 2-word fillers. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void fillBlanks(Blackhole hole) {
    LanguageModel m = model;
    for (int i = 0; i < lefts.size(); i++) {
      hole.consume(m.fillers(lefts.get(i), rights.get(i), 2, 20));
    }
  }

  /** The number of n-grams one {@link #countNgrams} call looks up. */
  public int gramsPerCall() {
    return grams.size();
  }
}
