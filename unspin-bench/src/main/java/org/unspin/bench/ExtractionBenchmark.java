package org.unspin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.eval.SharedData;
import org.unspin.eval.extraction.EvalPage;
import org.unspin.eval.extraction.ExtractionDatasets;
import org.unspin.extract.PageExtractor;
import org.unspin.input.Input;

/**
 * Extraction throughput on the scrapinghub-aeb pages, one thread, unspin beside Readability4J. Each
 * operation extracts the next page (cycling), so the sampled times are per-page times: JMH's p0.50
 * and p0.95 are the median and 95th percentile per page, its mean the inverse of pages/s.
 *
 * <pre>
 * java -jar unspin-bench/target/unspin-bench.jar ExtractionBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {
  private final PageExtractor extractor = new PageExtractor();
  private List<EvalPage> pages;
  private int next;

  @Setup
  public void load() throws IOException {
    Path dir =
        SharedData.dataset(ExtractionDatasets.SCRAPINGHUB)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no dataset at "
                            + SharedData.root()
                                .resolve("data")
                                .resolve(ExtractionDatasets.SCRAPINGHUB)
                            + " (set -Dunspin.shared=DIR)"));
    List<EvalPage> all = new ArrayList<>();
    ExtractionDatasets.scrapinghub(dir, 0, all::add);
    if (all.isEmpty() || !Files.isDirectory(dir)) {
      throw new IllegalStateException("no pages in " + dir);
    }
    pages = all;
  }

  private EvalPage nextPage() {
    EvalPage p = pages.get(next);
    next = (next + 1) % pages.size();
    return p;
  }

  @Benchmark
  public Object unspin() {
    EvalPage p = nextPage();
    return extractor.extract(Input.ofHtml(p.id(), p.html()));
  }

  @Benchmark
  public Object readability4j() {
    EvalPage p = nextPage();
    return new Readability4J(p.url(), p.html()).parse();
  }
}
