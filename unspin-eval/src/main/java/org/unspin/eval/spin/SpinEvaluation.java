package org.unspin.eval.spin;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import org.unspin.archive.ReutersSgml;
import org.unspin.detect.KnownSpins;
import org.unspin.detect.LanguageSpinDetector;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinDetector;
import org.unspin.detect.StandardDetector;
import org.unspin.eval.SharedData;
import org.unspin.lexicon.AiksaurusThesaurus;
import org.unspin.lexicon.HeldOut;
import org.unspin.lexicon.InflectingThesaurus;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.MyThesThesaurus;
import org.unspin.lexicon.NgramCounts;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.WordNetThesaurus;
import org.unspin.spin.SpinOptions;
import org.unspin.spin.Spinner;
import org.unspin.spin.SpunText;

/**
 * The spin evaluation on Reuters-21578: stories are split by a stable hash of their id into
 * evaluation stories and domain stories (never both); evaluation stories are spun with one
 * thesaurus and analysed by detectors that only know another; the domain stories may feed an n-gram
 * layer over the bundled model, and figures are reported with and without it.
 */
public final class SpinEvaluation {

  /**
   * What to run.
   *
   * @param reuters the Reuters-21578 folder
   * @param limit how many evaluation stories
   * @param rates the spin rates
   * @param seed the seed of the spinner
   * @param minWords the shortest evaluation story, in words
   * @param tortured how many tortured phrases to try in context
   * @param only run only the table rows whose "pairing layer detector" contains this, or all when
   *     null
   * @param settings the settings of unspin's detector
   */
  public record Options(
      Path reuters,
      int limit,
      List<Double> rates,
      long seed,
      int minWords,
      int tortured,
      String only,
      LanguageSpinDetector.Settings settings) {
    public Options {
      Objects.requireNonNull(reuters, "reuters");
      rates = List.copyOf(rates);
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be positive: " + limit);
      }
    }

    /** The full run over {@code reuters}. */
    public static Options defaults(Path reuters) {
      return new Options(
          reuters,
          400,
          List.of(0.1, 0.2, 0.3, 0.4),
          17,
          80,
          300,
          null,
          LanguageSpinDetector.Settings.defaults());
    }

    /** A copy with another limit. */
    public Options withLimit(int n) {
      return new Options(reuters, n, rates, seed, minWords, tortured, only, settings);
    }

    /** A copy with other rates. */
    public Options withRates(List<Double> r) {
      return new Options(reuters, limit, r, seed, minWords, tortured, only, settings);
    }

    /** A copy that runs only the rows matching {@code filter}. */
    public Options withOnly(String filter) {
      return new Options(reuters, limit, rates, seed, minWords, tortured, filter, settings);
    }

    /** A copy with other detector settings. */
    public Options withSettings(LanguageSpinDetector.Settings s) {
      return new Options(reuters, limit, rates, seed, minWords, tortured, only, s);
    }
  }

  /** One line of the table. */
  public record Row(
      String dictionaries,
      String layer,
      String detector,
      double rate,
      Map<String, Double> scores) {}

  /** The outcome: the table's rows and every metric under a flat name. */
  public record Result(List<Row> rows, Map<String, Double> metrics) {}

  /** The autoblog whose verbatim copies of real news measure false flags on today's web. */
  static final String REAL_NEWS = "farm-pages/whenitson";

  /** How many of its posts, spread over the set. */
  static final int REAL_NEWS_STORIES = 80;

  /** The pairing whose spinning dictionary the detectors never saw; it also spins the real news. */
  static final String UNSEEN = "aiksaurus->wordnet+mythes";

  private SpinEvaluation() {}

  /**
   * Which share of stories goes to evaluation: one in five, by a stable hash of the id. The others
   * may feed n-gram counts or benchmarks without touching what the evaluation scores.
   */
  public static boolean isEvaluationStory(String id) {
    CRC32 crc = new CRC32();
    crc.update(id.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 5 == 0;
  }

  /** Runs the evaluation, printing progress and the table to {@code out}. */
  public static Result run(Options o, PrintWriter out) throws IOException {
    List<ReutersSgml.Story> stories = ReutersSgml.readDirectory(o.reuters());
    List<String> evaluation = new ArrayList<>();
    // the tortured phrases are put into paragraphs of every evaluation story (never counted), so
    // that enough listed phrases find their correct wording in a paragraph, whatever the limit
    List<String> torturedTexts = new ArrayList<>();
    NgramCounts domain = new NgramCounts(4);
    int domainStories = 0;
    for (ReutersSgml.Story s : stories) {
      if (isEvaluationStory(s.id())) {
        if (words(s.text()) >= o.minWords()) {
          torturedTexts.add(s.text());
          if (evaluation.size() < o.limit()) {
            evaluation.add(s.text());
          }
        }
      } else {
        domain.add(s.text());
        domainStories++;
      }
    }
    out.printf(
        Locale.ROOT,
        "reuters: %d evaluation stories (%d words), %d domain stories (%d tokens)%n",
        evaluation.size(),
        evaluation.stream().mapToInt(SpinEvaluation::words).sum(),
        domainStories,
        domain.tokens());
    out.flush();
    Lexicon standard = Lexicon.standard();
    LanguageModel base = standard.model();
    Map<String, LanguageModel> layers = new LinkedHashMap<>();
    layers.put("base", base);
    layers.put("base+reuters", LanguageModel.sum(base, domain));
    Map<String, Pairing> pairings = pairings(o.seed(), out);
    List<Row> rows = new ArrayList<>();
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (Map.Entry<String, Pairing> pairing : pairings.entrySet()) {
      Thesaurus spinWith = pairing.getValue().spin();
      Thesaurus known = pairing.getValue().detect();
      List<List<SpunText>> spun = new ArrayList<>();
      for (double rate : o.rates()) {
        spun.add(spin(spinWith, evaluation, rate, o.seed()));
      }
      for (Map.Entry<String, LanguageModel> layer : layers.entrySet()) {
        Map<String, SpinDetector> detectors = new LinkedHashMap<>();
        detectors.put(
            "unspin",
            new LanguageSpinDetector(layer.getValue(), known, KnownSpins.NONE, o.settings()));
        detectors.put("inversion", new InversionBaseline(layer.getValue(), known));
        for (Map.Entry<String, SpinDetector> d : detectors.entrySet()) {
          String key = pairing.getKey() + " " + layer.getKey() + " " + d.getKey();
          if (o.only() != null && !key.contains(o.only())) {
            continue;
          }
          long t0 = System.nanoTime();
          long words = 0;
          List<SpinAnalysis> clean = analyze(evaluation, d.getValue());
          for (String text : evaluation) {
            words += words(text);
          }
          for (int r = 0; r < o.rates().size(); r++) {
            SpinScores scores = SpinScores.of(evaluation, clean, spun.get(r), d.getValue());
            for (SpunText s : spun.get(r)) {
              words += words(s.text());
            }
            double rate = o.rates().get(r);
            Row row = new Row(pairing.getKey(), layer.getKey(), d.getKey(), rate, scores.metrics());
            rows.add(row);
            row.scores().forEach((m, v) -> metrics.put(metricName(row, m), v));
            out.println(format(row));
            out.flush();
          }
          double secs = (System.nanoTime() - t0) / 1e9;
          out.printf(
              Locale.ROOT,
              "  (%s, %s, %s: %.0f words/s)%n",
              pairing.getKey(),
              layer.getKey(),
              d.getKey(),
              words / secs);
        }
      }
    }
    LanguageModel full = layers.get("base+reuters");
    Map<String, SpinDetector> product = new LinkedHashMap<>();
    product.put(
        "unspin",
        new LanguageSpinDetector(full, standard.thesaurus(), KnownSpins.NONE, o.settings()));
    product.put("inversion", new InversionBaseline(full, standard.thesaurus()));
    Optional<Path> clough =
        o.only() == null ? SharedData.dataset("paraphrase/clough-stevenson") : Optional.empty();
    if (clough.isPresent()) {
      for (String task : List.of("a", "b", "c", "d", "e")) {
        Path orig = clough.get().resolve("orig_task" + task + ".txt");
        if (java.nio.file.Files.exists(orig)) {
          torturedTexts.add(OtherSets.read(orig));
        }
      }
      for (Map.Entry<String, SpinDetector> d : product.entrySet()) {
        OtherSets.clough(clough.get(), d.getValue())
            .forEach((k, v) -> metrics.put("clough." + d.getKey() + "." + k, v));
      }
    } else {
      out.println("no ../shared/data/paraphrase/clough-stevenson: skipped");
    }
    Optional<Path> tortured =
        o.only() == null
            ? SharedData.dataset("tortured-phrases/torturedcheck/tortured-phrases.json")
            : Optional.empty();
    if (tortured.isPresent()) {
      for (Map.Entry<String, SpinDetector> d : product.entrySet()) {
        OtherSets.tortured(tortured.get(), torturedTexts, d.getValue(), full, o.tortured())
            .forEach((k, v) -> metrics.put("tortured." + d.getKey() + "." + k, v));
      }
    } else {
      out.println("no ../shared/data/tortured-phrases: skipped");
    }
    Optional<Path> farm = o.only() == null ? SharedData.dataset(REAL_NEWS) : Optional.empty();
    Optional<Row> realSpun = Optional.empty();
    if (farm.isPresent()) {
      List<String> real = RealNews.stories(farm.get(), REAL_NEWS_STORIES);
      Map<String, SpinDetector> users = new LinkedHashMap<>();
      users.put("bundled", StandardDetector.get());
      users.put("base+reuters", product.get("unspin"));
      // what check does with an archive: the domain's calibration only for text that fits it
      users.put("archive", StandardDetector.withDomain(domain, KnownSpins.NONE));
      Map<String, List<SpinAnalysis>> clean = new LinkedHashMap<>();
      for (Map.Entry<String, SpinDetector> d : users.entrySet()) {
        clean.put(d.getKey(), analyze(real, d.getValue()));
        RealNews.falseFlags(real, clean.get(d.getKey()))
            .forEach((k, v) -> metrics.put("realnews." + d.getKey() + "." + k, v));
      }
      // the same stories spun with the dictionary the detector never saw, scored like the Reuters
      // rows with their unspun analyses as the clean side: what check does on spun modern news
      Pairing unseen = pairings.get(UNSEEN);
      if (unseen != null) {
        // the first rate asked for; with none, the rate of the CI subset and its minimums
        double rate = o.rates().isEmpty() ? 0.2 : o.rates().get(0);
        long t0 = System.nanoTime();
        List<SpunText> spun = spin(unseen.spin(), real, rate, o.seed());
        SpinScores scores = SpinScores.of(real, clean.get("bundled"), spun, users.get("bundled"));
        Row row = new Row(UNSEEN, "bundled", "unspin", rate, scores.metrics());
        realSpun = Optional.of(row);
        row.scores()
            .forEach(
                (m, v) ->
                    metrics.put(
                        String.format(Locale.ROOT, "realnews.spun.bundled.r%.1f.%s", rate, m), v));
        out.printf(
            Locale.ROOT,
            "  (real news spun with Aiksaurus, bundled: %.1f s)%n",
            (System.nanoTime() - t0) / 1e9);
      }
    } else {
      out.println("no ../shared/data/" + REAL_NEWS + ": skipped");
    }
    out.println();
    out.println(header());
    rows.forEach(r -> out.println(format(r)));
    realSpun.ifPresent(
        r -> {
          out.println("real news (" + REAL_NEWS + ") spun the same way, the detector check uses:");
          out.println(format(r));
        });
    out.println();
    metrics.forEach(
        (k, v) -> {
          if (k.startsWith("clough.") || k.startsWith("tortured.") || k.startsWith("realnews.")) {
            out.printf(Locale.ROOT, "%-40s %8.3f%n", k, v);
          }
        });
    out.flush();
    return new Result(rows, metrics);
  }

  /**
   * One pairing: the spinner's dictionary and the detector's, never the same.
   *
   * @param spin what the spinner swaps words with
   * @param detect what the detector (and the inversion baseline) relates words with
   * @param detectNames the detector's dictionaries, in words, for the output
   */
  record Pairing(Thesaurus spin, Thesaurus detect, String detectNames) {}

  /**
   * The dictionary pairings: spin with one, detect with others. MyThes is derived from WordNet, so
   * the two overlap; the held-out pairing spins only with pairs the detector's WordNet and MyThes
   * lack. Aiksaurus (built independently of WordNet), when installed, spins for a detector that
   * knows WordNet and MyThes ("aiksaurus->wordnet+mythes"); the other detectors also get it as
   * loose relations exactly when the standard detector does ({@link Lexicon#looseRelations}).
   */
  static Map<String, Pairing> pairings(long seed, PrintWriter out) {
    WordNetThesaurus wordnet = WordNetThesaurus.load();
    Optional<MyThesThesaurus> mythes = MyThesThesaurus.loadInstalled();
    Optional<AiksaurusThesaurus> installed = AiksaurusThesaurus.loadInstalled();
    Optional<AiksaurusThesaurus> aiksaurus = Lexicon.looseRelations(() -> installed);
    Map<String, Pairing> pairings = new LinkedHashMap<>();
    Thesaurus all = wordnet;
    if (mythes.isPresent()) {
      pairings.put(
          "mythes->wordnet",
          new Pairing(
              mythes.get(), withAiksaurus(wordnet, aiksaurus), names("WordNet", aiksaurus)));
      pairings.put(
          "wordnet->mythes",
          new Pairing(wordnet, withAiksaurus(mythes.get(), aiksaurus), names("MyThes", aiksaurus)));
      all = Thesaurus.union(List.of(wordnet, mythes.get()));
    } else {
      out.println("mythes-en-us is not installed: only the held-out pairing runs");
    }
    HeldOut split = HeldOut.byBaseForms(0.5, seed);
    pairings.put(
        "heldout",
        new Pairing(
            split.only(all),
            withAiksaurus(split.without(all), aiksaurus),
            names(
                mythes.isPresent() ? "kept half of WordNet+MyThes" : "kept half of WordNet",
                aiksaurus)));
    if (installed.isPresent()) {
      pairings.put(
          UNSEEN,
          new Pairing(
              new InflectingThesaurus(installed.get(), wordnet.morphology()),
              all,
              mythes.isPresent() ? "WordNet, MyThes" : "WordNet"));
    } else {
      out.println("Aiksaurus (libaiksaurus-1.2-data) is not installed: its pairing does not run");
    }
    pairings.forEach(
        (name, p) -> out.println("pairing " + name + ": the detector knows " + p.detectNames()));
    return pairings;
  }

  /**
   * The texts spun with {@code spinWith} at {@code rate}; the spinner's seed depends on {@code
   * seed} and the text's place in the list, so the same list spins the same way in every row.
   */
  static List<SpunText> spin(Thesaurus spinWith, List<String> texts, double rate, long seed) {
    List<SpunText> spun = new ArrayList<>(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      SpinOptions so = SpinOptions.defaults().withRate(rate).withSeed(seed * 1_000_003L + k);
      spun.add(new Spinner(spinWith, so).spin(texts.get(k)));
    }
    return spun;
  }

  /** The detector's analyses of the texts, in order. */
  static List<SpinAnalysis> analyze(List<String> texts, SpinDetector detector) {
    List<SpinAnalysis> analyses = new ArrayList<>(texts.size());
    for (String text : texts) {
      analyses.add(detector.analyze(text));
    }
    return analyses;
  }

  private static Thesaurus withAiksaurus(Thesaurus t, Optional<AiksaurusThesaurus> aiksaurus) {
    return aiksaurus.isPresent() ? Thesaurus.withLoose(t, aiksaurus.get()) : t;
  }

  private static String names(String detect, Optional<AiksaurusThesaurus> aiksaurus) {
    return aiksaurus.isPresent() ? detect + ", Aiksaurus" : detect;
  }

  /** The flat metric name of a row's metric, as stored in the minimums. */
  static String metricName(Row row, String metric) {
    return String.format(
        Locale.ROOT,
        "%s.%s.%s.r%.1f.%s",
        row.dictionaries(),
        row.layer(),
        row.detector(),
        row.rate(),
        metric);
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-25s %-13s %-10s %5s %6s %6s %6s %8s %6s %7s %6s",
        "spin->detect",
        "counts",
        "detector",
        "rate",
        "P",
        "R",
        "F1",
        "restored",
        "AUC",
        "FF/1k",
        "called");
  }

  static String format(Row r) {
    Map<String, Double> s = r.scores();
    return String.format(
        Locale.ROOT,
        "%-25s %-13s %-10s %5.1f %6.3f %6.3f %6.3f %8.3f %6.3f %7.2f %6.3f",
        r.dictionaries(),
        r.layer(),
        r.detector(),
        r.rate(),
        s.get("precision"),
        s.get("recall"),
        s.get("f1"),
        s.get("restored"),
        s.get("auc"),
        s.get("falseFlagsPer1000"),
        s.get("calledSpun"));
  }

  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
