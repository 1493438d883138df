package org.unspin.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.align.Aligner;
import org.unspin.align.Alignment;
import org.unspin.archive.ReutersSgml;
import org.unspin.eval.SharedData;
import org.unspin.eval.archive.ThesaurusSpinner;
import org.unspin.lexicon.Lexicon;

/**
 * Aligning a 700-word spun copy with its source: consecutive Reuters-21578 stories joined to 700
 * words, spun by the product spinner at the given rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlignBenchmark {
  @Param({"0.3", "0.5"})
  double rate;

  private String source;
  private String copy;
  private final Aligner aligner = new Aligner();

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path reuters = SharedData.dataset("wire/reuters21578").orElseThrow();
    List<ReutersSgml.Story> stories = ReutersSgml.readFile(reuters.resolve("reut2-003.sgm"));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; org.unspin.align.Words.of(sb.toString()).size() < 700; i++) {
      sb.append(stories.get(i).text()).append("\n\n");
    }
    org.unspin.align.Words w = org.unspin.align.Words.of(sb.toString());
    source = sb.substring(0, w.ends()[699]);
    copy = new ThesaurusSpinner(Lexicon.standardThesaurus()).spin(source, rate, 1).text();
  }

  @Benchmark
  public Alignment align700Words() {
    return aligner.align(copy, source);
  }
}
