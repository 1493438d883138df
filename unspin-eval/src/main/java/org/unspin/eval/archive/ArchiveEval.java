package org.unspin.eval.archive;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.unspin.align.Words;
import org.unspin.archive.Archive;
import org.unspin.archive.ArchiveDocument;
import org.unspin.archive.ArchiveSourceFinder;
import org.unspin.archive.ArchiveWriter;
import org.unspin.archive.ReutersSgml;
import org.unspin.archive.SourceMatch;
import org.unspin.extract.Article;
import org.unspin.extract.PageExtractor;
import org.unspin.input.Input;
import org.unspin.spin.FarmPage;

/**
 * The archive evaluation. The archive is the Reuters-21578 stories (identical bodies counted once)
 * minus a held-out part. Queries are sampled archived stories spun at rates 0.1–0.5, each as a full
 * copy, a partial copy (first 60%), a copy with paragraphs dropped and a farm-wrapped page; and as
 * many stories that are not in the archive (held-out Reuters stories, spun copies of the
 * clough-stevenson sources). unspin's finder, word 5-gram MinHash-LSH (14 × 8) and Lucene
 * MoreLikeThis answer every query in the same run.
 */
public final class ArchiveEval {

  /** The spin rates queries are made at, in turn. */
  public static final double[] RATES = {0.1, 0.2, 0.3, 0.4, 0.5};

  /** Fewest words a story needs to be sampled as a query. */
  public static final int MIN_QUERY_WORDS = 60;

  /** Spun copies made of each clough-stevenson source. */
  public static final int CLOUGH_COPIES = 10;

  /**
   * Share of the shorter story's word 5-grams found in the longer one above which two stories are
   * versions of each other: either counts as the source of a copy of the other, and a held-out
   * story with a version in the archive is not an "absent" query.
   */
  public static final double TWIN_CONTAINMENT = 0.5;

  /**
   * What to run.
   *
   * @param reuters the Reuters-21578 folder
   * @param clough the clough-stevenson folder, or null to use held-out Reuters stories only
   * @param queries stories sampled from the archive (each gives four queries), and the number of
   *     absent queries
   * @param seed the seed of every random choice
   * @param workDir an empty folder for the archive the run builds
   */
  public record Config(Path reuters, Path clough, int queries, long seed, Path workDir) {}

  /**
   * The run's figures and a printable table.
   *
   * @param metrics every figure by name
   * @param table the figures laid out for people
   */
  public record Outcome(Map<String, Double> metrics, String table) {}

  private final CopySpinner spinner;

  /** An evaluation whose copies are spun by {@code spinner}. */
  public ArchiveEval(CopySpinner spinner) {
    this.spinner = spinner;
  }

  /** Runs the evaluation. */
  public Outcome run(Config c) throws IOException {
    SplittableRandom rnd = new SplittableRandom(c.seed());
    List<ReutersSgml.Story> stories = distinct(ReutersSgml.readDirectory(c.reuters()));
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      if (Words.of(stories.get(i).text()).size() >= MIN_QUERY_WORDS) {
        eligible.add(i);
      }
    }
    shuffle(eligible, rnd);
    Map<Integer, Set<Integer>> twins =
        Twins.find(stories.stream().map(ReutersSgml.Story::text).toList(), TWIN_CONTAINMENT);
    int clough = c.clough() == null ? 0 : 5 * CLOUGH_COPIES;
    int heldOut = Math.max(0, Math.min(c.queries() - clough, eligible.size() / 4));
    Set<Integer> held = new HashSet<>(eligible.subList(0, heldOut));
    List<Integer> sampled =
        eligible.subList(heldOut, Math.min(eligible.size(), heldOut + c.queries()));

    Map<String, Double> m = new LinkedHashMap<>();
    Path dir = c.workDir().resolve("archive");
    MinHashLsh lsh = MinHashLsh.datatrove(c.seed());
    long t0 = System.nanoTime();
    long archived = 0;
    try (ArchiveWriter w =
        ArchiveWriter.open(dir, new ArchiveWriter.Options(5_000, 2_000_000, true))) {
      for (int i = 0; i < stories.size(); i++) {
        if (!held.contains(i)) {
          ReutersSgml.Story s = stories.get(i);
          w.add(new ArchiveDocument(s.id(), null, s.title(), s.text(), s.date()));
          archived++;
        }
      }
      w.compact();
    }
    double buildSecs = (System.nanoTime() - t0) / 1e9;
    m.put("archive.documents", (double) archived);
    m.put("archive.build.docsPerSecond", archived / buildSecs);
    for (int i = 0; i < stories.size(); i++) {
      if (!held.contains(i)) {
        lsh.add(stories.get(i).id(), stories.get(i).text());
      }
    }

    List<EvalQuery> queries = new ArrayList<>();
    for (int k = 0; k < sampled.size(); k++) {
      ReutersSgml.Story s = stories.get(sampled.get(k));
      Set<String> golds = new HashSet<>(Set.of(s.id()));
      for (int t : Twins.of(twins, sampled.get(k))) {
        if (!held.contains(t)) {
          golds.add(stories.get(t).id());
        }
      }
      double rate = RATES[k % RATES.length];
      for (EvalQuery.Variant v :
          List.of(
              EvalQuery.Variant.FULL,
              EvalQuery.Variant.PARTIAL,
              EvalQuery.Variant.DROPPED,
              EvalQuery.Variant.WRAPPED)) {
        long seed = c.seed() * 1_000_003L + k * 7L + v.ordinal();
        queries.add(query(v, rate, golds, variant(v, s.paragraphs(), seed), seed));
      }
    }
    int absentReuters = 0;
    for (int i : eligible.subList(0, heldOut)) {
      ReutersSgml.Story s = stories.get(i);
      if (Twins.of(twins, i).stream().anyMatch(t -> !held.contains(t))) {
        continue;
      }
      long seed = c.seed() * 7_919L + i;
      double rate = RATES[(int) Math.floorMod(seed, (long) RATES.length)];
      EvalQuery.Variant shape =
          absentReuters % 2 == 0 ? EvalQuery.Variant.FULL : EvalQuery.Variant.WRAPPED;
      queries.add(absent(query(shape, rate, Set.of(), s.paragraphs(), seed)));
      absentReuters++;
    }
    if (c.clough() != null) {
      List<Path> origs;
      try (Stream<Path> st = Files.list(c.clough())) {
        origs = st.filter(p -> p.getFileName().toString().startsWith("orig_")).sorted().toList();
      }
      for (Path p : origs) {
        List<String> paras = Article.paragraphsOf(decode(Files.readAllBytes(p)));
        for (int k = 0; k < CLOUGH_COPIES; k++) {
          long seed = c.seed() * 31L + p.getFileName().toString().hashCode() * 13L + k;
          queries.add(
              absent(
                  query(EvalQuery.Variant.FULL, RATES[k % RATES.length], Set.of(), paras, seed)));
        }
      }
    }
    m.put("queries.withSource", (double) queries.stream().filter(EvalQuery::hasSource).count());
    m.put("queries.absent", (double) queries.stream().filter(q -> !q.hasSource()).count());

    PageExtractor extractor = new PageExtractor();
    try (Archive archive = Archive.open(dir);
        FSDirectory fs = FSDirectory.open(Archive.indexDirectory(dir));
        DirectoryReader reader = DirectoryReader.open(fs)) {
      ArchiveSourceFinder finder =
          new ArchiveSourceFinder(archive, ArchiveSourceFinder.Options.defaults().withLearn(false));
      MoreLikeThis mlt = new MoreLikeThis(reader);
      mlt.setFieldNames(new String[] {Archive.BODY_FIELD});
      mlt.setAnalyzer(new StandardAnalyzer());
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      IndexSearcher searcher = new IndexSearcher(reader);
      Tally ours = new Tally("unspin");
      Tally minhash = new Tally("minhash");
      Tally morelike = new Tally("mlt");
      SubstitutionScore subs = new SubstitutionScore();
      List<Double> absentScores = new ArrayList<>();
      List<Double> sourceScores = new ArrayList<>();
      Sweep sweep = new Sweep();
      for (EvalQuery q : queries) {
        String copy =
            q.input().kind() == Input.Kind.HTML
                ? extractor.extract(q.input()).article().text()
                : q.input().content();
        long a = System.nanoTime();
        ArchiveSourceFinder.Search found = finder.search(copy);
        long b = System.nanoTime();
        SourceMatch match = found.result().match();
        (q.hasSource() ? sourceScores : absentScores).add(found.result().bestScore());
        ours.add(q, match == null ? null : match.id(), found.ranked(), b - a);
        sweep.add(q, found.ranked().isEmpty() ? null : found.ranked().get(0), found);
        if (match != null && q.golds().contains(match.id())) {
          int shift = copy.indexOf(q.spunText());
          if (shift >= 0) {
            subs.add(
                q.spunText(),
                q.truth(),
                shifted(match.substitutions(), shift, q.spunText().length()));
          }
        }
        a = System.nanoTime();
        List<MinHashLsh.Hit> hits = lsh.query(copy, 10);
        b = System.nanoTime();
        List<String> lshIds = hits.stream().map(MinHashLsh.Hit::id).toList();
        minhash.add(q, lshIds.isEmpty() ? null : lshIds.get(0), lshIds, b - a);
        a = System.nanoTime();
        TopDocs td = searcher.search(mlt.like(Archive.BODY_FIELD, new StringReader(copy)), 10);
        List<String> mltIds = new ArrayList<>();
        for (ScoreDoc sd : td.scoreDocs) {
          mltIds.add(searcher.storedFields().document(sd.doc).get(Archive.ID_FIELD));
        }
        b = System.nanoTime();
        morelike.add(q, mltIds.isEmpty() ? null : mltIds.get(0), mltIds, b - a);
      }
      for (Tally t : List.of(ours, minhash, morelike)) {
        t.into(m);
      }
      sweep.into(m);
      quantiles(m, "unspin.bestScore.absent", absentScores);
      quantiles(m, "unspin.bestScore.withSource", sourceScores);
      m.put("unspin.substitutions.precision", subs.precision());
      m.put("unspin.substitutions.recall", subs.recall());
      m.put("unspin.substitutions.truthPairs", (double) subs.truthPairs());
      return new Outcome(m, table(m, List.of(ours, minhash, morelike)));
    }
  }

  private static void quantiles(Map<String, Double> m, String name, List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (v.length == 0) {
      return;
    }
    for (double q : new double[] {0.01, 0.05, 0.5, 0.95, 0.99}) {
      m.put(
          String.format(Locale.ROOT, "%s.q%02d", name, Math.round(q * 100)),
          v[Math.min(v.length - 1, (int) (q * v.length))]);
    }
  }

  private static EvalQuery absent(EvalQuery q) {
    return new EvalQuery(
        EvalQuery.Variant.ABSENT, q.rate(), Set.of(), q.input(), q.spunText(), q.truth());
  }

  private EvalQuery query(
      EvalQuery.Variant shape, double rate, Set<String> golds, List<String> paragraphs, long seed) {
    CopySpinner.Spun spun = spinner.spin(String.join("\n\n", paragraphs), rate, seed);
    Input input =
        shape == EvalQuery.Variant.WRAPPED
            ? Input.ofHtml("farm-page.html", FarmPage.wrap(spun.text(), null, seed))
            : Input.ofText("copy.txt", spun.text());
    return new EvalQuery(shape, rate, golds, input, spun.text(), spun.truth());
  }

  /** The story's paragraphs as the variant copies them. */
  static List<String> variant(EvalQuery.Variant v, List<String> paragraphs, long seed) {
    if (v == EvalQuery.Variant.PARTIAL) {
      String text = String.join("\n\n", paragraphs);
      Words w = Words.of(text);
      int keep = (int) Math.ceil(w.size() * 0.6);
      return Article.paragraphsOf(text.substring(0, w.ends()[Math.max(0, keep - 1)]));
    }
    if (v == EvalQuery.Variant.DROPPED) {
      List<String> units = paragraphs;
      if (units.size() < 3) {
        units = Arrays.asList(String.join(" ", paragraphs).split("(?<=[.!?])\\s+(?=[A-Z])"));
      }
      if (units.size() < 3) {
        return paragraphs;
      }
      SplittableRandom r = new SplittableRandom(seed);
      List<String> kept = new ArrayList<>();
      int dropped = 0;
      for (int i = 0; i < units.size(); i++) {
        boolean last = i == units.size() - 1;
        boolean drop = i > 0 && (r.nextDouble() < 0.3 || (last && dropped == 0));
        if (drop) {
          dropped++;
        } else {
          kept.add(units.get(i));
        }
      }
      return kept;
    }
    return paragraphs;
  }

  private static List<SourceMatch.Substitution> shifted(
      List<SourceMatch.Substitution> subs, int shift, int length) {
    List<SourceMatch.Substitution> out = new ArrayList<>();
    for (SourceMatch.Substitution s : subs) {
      int a = s.copyStart() - shift;
      int b = s.copyEnd() - shift;
      if (a >= 0 && b <= length) {
        out.add(
            new SourceMatch.Substitution(
                a, b, s.copyText(), s.sourceStart(), s.sourceEnd(), s.sourceText()));
      }
    }
    return out;
  }

  private static List<ReutersSgml.Story> distinct(List<ReutersSgml.Story> stories) {
    Set<String> seen = new HashSet<>();
    List<ReutersSgml.Story> out = new ArrayList<>();
    for (ReutersSgml.Story s : stories) {
      if (seen.add(String.join(" ", Words.of(s.text()).normalized()))) {
        out.add(s);
      }
    }
    return out;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static void shuffle(List<Integer> list, SplittableRandom rnd) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Integer t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  /** One system's answers. */
  private static final class Tally {
    private final String name;
    private final Map<String, int[]> cells = new HashMap<>();
    private final List<Long> nanos = new ArrayList<>();
    private int absent;
    private int absentSaidNone;
    private int saidNone;

    Tally(String name) {
      this.name = name;
    }

    void add(EvalQuery q, String top, List<String> ranked, long ns) {
      nanos.add(ns);
      if (top == null) {
        saidNone++;
      }
      if (!q.hasSource()) {
        absent++;
        if (top == null) {
          absentSaidNone++;
        }
        return;
      }
      boolean at1 = top != null && q.golds().contains(top);
      boolean at10 = ranked.stream().limit(10).anyMatch(q.golds()::contains);
      for (String key :
          List.of(
              cell(q.variant().name(), q.rate()),
              cell(q.variant().name(), -1),
              cell("ALL", q.rate()),
              cell("ALL", -1))) {
        int[] c = cells.computeIfAbsent(key, k -> new int[3]);
        c[0]++;
        c[1] += at1 ? 1 : 0;
        c[2] += at10 ? 1 : 0;
      }
    }

    void into(Map<String, Double> m) {
      cells.forEach(
          (key, c) -> {
            m.put(name + ".recall1." + key, c[1] / (double) c[0]);
            m.put(name + ".recall10." + key, c[2] / (double) c[0]);
          });
      if (saidNone > 0) {
        m.put(name + ".noSource.precision", absentSaidNone / (double) saidNone);
      }
      if (absent > 0) {
        m.put(name + ".noSource.recall", absentSaidNone / (double) absent);
      }
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      if (sorted.length > 0) {
        m.put(name + ".latency.p50ms", sorted[(int) (sorted.length * 0.50)] / 1e6);
        m.put(
            name + ".latency.p99ms",
            sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6);
      }
    }

    static String cell(String variant, double rate) {
      return variant.toLowerCase(Locale.ROOT)
          + (rate < 0 ? "" : String.format(Locale.ROOT, ".r%02d", Math.round(rate * 10)));
    }
  }

  private static String table(Map<String, Double> m, List<Tally> systems) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "archive: %.0f stories (built at %.0f stories/s); queries: %.0f with a source, %.0f"
                + " without%n%n",
            m.get("archive.documents"),
            m.get("archive.build.docsPerSecond"),
            m.get("queries.withSource"),
            m.get("queries.absent")));
    sb.append(String.format(Locale.ROOT, "%-22s", "recall@1 (recall@10)"));
    for (Tally t : systems) {
      sb.append(String.format(Locale.ROOT, "%20s", t.name));
    }
    sb.append('\n');
    List<String> rows = new ArrayList<>();
    for (String v : List.of("FULL", "PARTIAL", "DROPPED", "WRAPPED", "ALL")) {
      for (double r : RATES) {
        rows.add(Tally.cell(v, r));
      }
      rows.add(Tally.cell(v, -1));
    }
    for (String row : rows) {
      if (!m.containsKey(systems.get(0).name + ".recall1." + row)) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%-22s", row));
      for (Tally t : systems) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%20s",
                String.format(
                    Locale.ROOT,
                    "%.3f (%.3f)",
                    m.getOrDefault(t.name + ".recall1." + row, Double.NaN),
                    m.getOrDefault(t.name + ".recall10." + row, Double.NaN))));
      }
      sb.append('\n');
    }
    for (String metric :
        List.of("noSource.precision", "noSource.recall", "latency.p50ms", "latency.p99ms")) {
      sb.append(String.format(Locale.ROOT, "%-22s", metric));
      for (Tally t : systems) {
        Double v = m.get(t.name + "." + metric);
        sb.append(
            String.format(
                Locale.ROOT, "%20s", v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v)));
      }
      sb.append('\n');
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%nunspin's verification score: with a source q01 %.3f q05 %.3f; without q95 %.3f q99"
                + " %.3f (threshold %.2f)%n",
            m.getOrDefault("unspin.bestScore.withSource.q01", Double.NaN),
            m.getOrDefault("unspin.bestScore.withSource.q05", Double.NaN),
            m.getOrDefault("unspin.bestScore.absent.q95", Double.NaN),
            m.getOrDefault("unspin.bestScore.absent.q99", Double.NaN),
            ArchiveSourceFinder.Options.defaults().threshold()));
    sb.append(
        String.format(
            Locale.ROOT,
            "substitution pairs (unspin, %.0f true pairs): precision %.3f, recall %.3f%n",
            m.get("unspin.substitutions.truthPairs"),
            m.get("unspin.substitutions.precision"),
            m.get("unspin.substitutions.recall")));
    sb.append(Sweep.table(m));
    return sb.toString();
  }
}
