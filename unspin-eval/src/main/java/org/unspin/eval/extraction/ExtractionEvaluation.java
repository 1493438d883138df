package org.unspin.eval.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The extraction evaluation: unspin and its peers on the same pages in the same run, scored with
 * the Scrapinghub shingle metric (scrapinghub-aeb, wcxb-dev by page type, readability test pages),
 * wcxb's with/without snippets, and the farm pages' wrapper removal and source links.
 */
public final class ExtractionEvaluation {

  /** Dataset row names. */
  public static final String SCRAPINGHUB = "scrapinghub-aeb";

  public static final String WCXB_ARTICLES = "wcxb-dev/article";
  public static final String WCXB_ALL = "wcxb-dev/all";
  public static final String READABILITY = "readability-pages";
  public static final String WHENITSON = "whenitson-farm";

  /**
   * What to run.
   *
   * @param data the {@code data/} folder holding the datasets
   * @param systems system names (see {@link ExtractionSystem#NAMES})
   * @param limit at most this many pages per dataset; 0 for all
   */
  public record Options(Path data, List<String> systems, int limit) {
    public Options {
      Objects.requireNonNull(data, "data");
      systems = List.copyOf(systems);
      if (systems.isEmpty()) {
        throw new IllegalArgumentException("no systems to evaluate");
      }
      systems.forEach(ExtractionSystem::named);
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be >= 0: " + limit);
      }
    }
  }

  /**
   * One line of the result table.
   *
   * @param dataset the dataset (or page type) name
   * @param system the system name
   * @param pages pages run
   * @param failures pages on which the system threw
   * @param precision mean shingle precision, NaN where the dataset has no truth
   * @param recall mean shingle recall, NaN where the dataset has no truth
   * @param f1 F1 of the means, NaN where the dataset has no truth
   * @param medianMs median milliseconds per page
   * @param p95Ms 95th-percentile milliseconds per page
   * @param pagesPerSecond pages per second of extraction time
   * @param extras further metrics by name (snippet shares, farm-wrapper shares)
   */
  public record Row(
      String dataset,
      String system,
      int pages,
      int failures,
      double precision,
      double recall,
      double f1,
      double medianMs,
      double p95Ms,
      double pagesPerSecond,
      Map<String, Double> extras) {}

  private ExtractionEvaluation() {}

  /**
   * Runs every dataset present under {@code options.data()}; absent ones are reported and skipped.
   */
  public static List<Row> run(Options options, PrintStream log) throws IOException {
    List<ExtractionSystem> systems =
        options.systems().stream().map(ExtractionSystem::named).toList();
    Map<String, Map<String, Tally>> tallies = new LinkedHashMap<>();
    Path data = options.data();
    int limit = options.limit();
    Path sh = data.resolve(ExtractionDatasets.SCRAPINGHUB);
    if (present(sh, log)) {
      ExtractionDatasets.scrapinghub(
          sh, limit, p -> runPage(p, systems, tallies, List.of(SCRAPINGHUB)));
    }
    Path wcxb = data.resolve(ExtractionDatasets.WCXB);
    if (present(wcxb, log)) {
      ExtractionDatasets.wcxb(
          wcxb,
          limit,
          p ->
              runPage(
                  p,
                  systems,
                  tallies,
                  p.type().equals("article")
                      ? List.of(WCXB_ARTICLES, WCXB_ALL)
                      : List.of(WCXB_ALL)));
    }
    Path rd = data.resolve(ExtractionDatasets.READABILITY);
    if (present(rd, log)) {
      ExtractionDatasets.readability(
          rd, limit, p -> runPage(p, systems, tallies, List.of(READABILITY)));
    }
    Path farm = data.resolve(ExtractionDatasets.WHENITSON);
    if (present(farm, log)) {
      ExtractionDatasets.whenitson(
          farm, limit, p -> runPage(p, systems, tallies, List.of(WHENITSON)));
    }
    List<Row> rows = new ArrayList<>();
    tallies.forEach(
        (dataset, bySystem) -> bySystem.forEach((sys, t) -> rows.add(row(dataset, sys, t))));
    return rows;
  }

  private static boolean present(Path dir, PrintStream log) {
    if (Files.isDirectory(dir)) {
      return true;
    }
    log.println("skipped: no dataset at " + dir);
    return false;
  }

  private static void runPage(
      EvalPage page,
      List<ExtractionSystem> systems,
      Map<String, Map<String, Tally>> tallies,
      List<String> rows) {
    for (ExtractionSystem s : systems) {
      ExtractionSystem.Output out;
      boolean failed = false;
      long t0 = System.nanoTime();
      try {
        out = s.extract(page);
      } catch (Exception | StackOverflowError e) {
        out = new ExtractionSystem.Output("", null);
        failed = true;
      }
      long elapsed = System.nanoTime() - t0;
      for (String r : rows) {
        Tally t =
            tallies
                .computeIfAbsent(r, k -> new LinkedHashMap<>())
                .computeIfAbsent(s.name(), k -> new Tally());
        t.page(elapsed);
        if (failed) {
          t.failures++;
        }
        record(page, out, t);
      }
    }
  }

  private static void record(EvalPage page, ExtractionSystem.Output out, Tally t) {
    String text = out.text() == null ? "" : out.text();
    if (page.truth() != null) {
      t.score(ShingleScore.of(page.truth(), text));
    }
    if (!page.with().isEmpty() || !page.without().isEmpty()) {
      String norm = normalise(text);
      for (String w : page.with()) {
        t.withTotal++;
        if (norm.contains(normalise(w))) {
          t.withFound++;
        }
      }
      for (String w : page.without()) {
        t.withoutTotal++;
        if (!norm.contains(normalise(w))) {
          t.withoutAbsent++;
        }
      }
    }
    if (page.sourceHref() != null) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (!lower.contains("[ad_") && !lower.contains("source link")) {
        t.clean++;
      }
      t.hrefExpected++;
      if (out.sourceHref() != null && out.sourceHref().strip().equals(page.sourceHref().strip())) {
        t.hrefRight++;
      }
    }
  }

  static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static Row row(String dataset, String system, Tally t) {
    Map<String, Double> extras = new LinkedHashMap<>();
    if (t.withTotal > 0) {
      extras.put("with", (double) t.withFound / t.withTotal);
    }
    if (t.withoutTotal > 0) {
      extras.put("without", (double) t.withoutAbsent / t.withoutTotal);
    }
    if (t.hrefExpected > 0) {
      extras.put("clean", (double) t.clean / t.pages());
      extras.put("href", (double) t.hrefRight / t.hrefExpected);
    }
    boolean scored = t.scored();
    return new Row(
        dataset,
        system,
        t.pages(),
        t.failures,
        scored ? t.precision() : Double.NaN,
        scored ? t.recall() : Double.NaN,
        scored ? t.f1() : Double.NaN,
        t.quantileMs(0.5),
        t.quantileMs(0.95),
        t.pagesPerSecond(),
        extras);
  }

  /**
   * The metrics of one system as a flat map, the names stored minimums use: {@code
   * <dataset>.precision|recall|f1} and {@code <dataset>.<extra>}.
   */
  public static Map<String, Double> metrics(List<Row> rows, String system) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Row r : rows) {
      if (!r.system().equals(system)) {
        continue;
      }
      if (!Double.isNaN(r.f1())) {
        out.put(r.dataset() + ".precision", r.precision());
        out.put(r.dataset() + ".recall", r.recall());
        out.put(r.dataset() + ".f1", r.f1());
      }
      r.extras().forEach((k, v) -> out.put(r.dataset() + "." + k, v));
    }
    return out;
  }

  /** The result as one plain-text table. */
  public static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-18s %-14s %6s %5s %9s %7s %7s %9s %8s %8s  %s%n",
            "dataset",
            "system",
            "pages",
            "fail",
            "precision",
            "recall",
            "F1",
            "ms median",
            "ms p95",
            "pages/s",
            "other"));
    for (Row r : rows) {
      StringBuilder extras = new StringBuilder();
      r.extras().forEach((k, v) -> extras.append(String.format(Locale.ROOT, "%s=%.4f ", k, v)));
      sb.append(
          String.format(
              Locale.ROOT,
              "%-18s %-14s %6d %5d %9s %7s %7s %9.2f %8.2f %8.1f  %s%n",
              r.dataset(),
              r.system(),
              r.pages(),
              r.failures(),
              num(r.precision()),
              num(r.recall()),
              num(r.f1()),
              r.medianMs(),
              r.p95Ms(),
              r.pagesPerSecond(),
              extras.toString().strip()));
    }
    return sb.toString();
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
  }
}
