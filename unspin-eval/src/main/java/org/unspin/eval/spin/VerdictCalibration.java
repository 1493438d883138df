package org.unspin.eval.spin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.unspin.archive.ReutersSgml;
import org.unspin.detect.DocumentVerdict;
import org.unspin.detect.KnownSpins;
import org.unspin.detect.LanguageSpinDetector;
import org.unspin.detect.SpinAnalysis;
import org.unspin.eval.SharedData;
import org.unspin.eval.extraction.ExtractionDatasets;
import org.unspin.lexicon.HeldOut;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Lexicon;
import org.unspin.lexicon.MyThesThesaurus;
import org.unspin.lexicon.NgramCounts;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.Tokenizer;
import org.unspin.lexicon.WordNetThesaurus;
import org.unspin.spin.SpunText;

/**
 * Measures the document verdict's rates (candidate flags that count as evidence per word, clean and
 * spun, {@link LanguageSpinDetector#verdictEvidence}) on text the evaluation never scores, by the
 * rules stated in docs/BENCHMARKS.md: the clean rate is the pooled rate of clean texts with the
 * standard thesaurus; the spun rate is that times the spun/clean ratio measured with a held-out
 * thesaurus split of another seed than the evaluation's (the spinner uses only the held-out pairs,
 * the detector only the others), at spin rate 0.2. The mean excess of a flag (clean: the clean
 * texts with the standard thesaurus; spun: the spun texts with the held-out split) and the shape of
 * the stories' rates ({@link DocumentVerdict}) are measured on the same texts: the shape is the one
 * of {@link #SHAPES} whose verdicts, at the rates and means just measured, have the least log loss
 * on the clean and the spun texts together. It also prints how many calibration texts the verdict
 * with these parameters calls spun, overall and under 120 tokens.
 *
 * <ul>
 *   <li>domain: Reuters-21578 stories outside the evaluation share ({@link
 *       SpinEvaluation#isEvaluationStory}) picked by a second hash and left out of the domain
 *       counts, over base + the remaining stories' counts;
 *   <li>bundled: the Scrapinghub article bodies, over the bundled model alone.
 * </ul>
 *
 * <p>Run: {@code java -cp unspin-cli/target/unspin.jar org.unspin.eval.spin.VerdictCalibration
 * [texts]} (at most 400 texts per set by default: 400 Reuters stories, the 177 Scrapinghub bodies
 * of at least 80 words).
 */
public final class VerdictCalibration {

  /** The held-out split's seed; the evaluation's is 17. */
  static final long SEED = 18;

  static final double SPIN_RATE = 0.2;

  private VerdictCalibration() {}

  public static void main(String[] args) throws IOException {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    run(limit, out);
  }

  /** Measures both calibrations and prints them; returns the rates by name. */
  static Map<String, Double> run(int limit, PrintWriter out) throws IOException {
    Lexicon standard = Lexicon.standard();
    Thesaurus wordnet = WordNetThesaurus.load();
    Optional<MyThesThesaurus> mythes = MyThesThesaurus.loadInstalled();
    Thesaurus all = mythes.isPresent() ? Thesaurus.union(List.of(wordnet, mythes.get())) : wordnet;
    HeldOut split = HeldOut.byBaseForms(0.5, SEED);
    Map<String, Double> rates = new LinkedHashMap<>();
    Optional<Path> reuters = SharedData.dataset("wire/reuters21578");
    if (reuters.isPresent()) {
      List<String> texts = new ArrayList<>();
      NgramCounts domain = new NgramCounts(4);
      for (ReutersSgml.Story s : ReutersSgml.readDirectory(reuters.get())) {
        if (SpinEvaluation.isEvaluationStory(s.id())) {
          continue;
        }
        if (calibrationStory(s.id())) {
          if (texts.size() < limit && SpinEvaluation.words(s.text()) >= 80) {
            texts.add(s.text());
          }
        } else {
          domain.add(s.text());
        }
      }
      LanguageModel model = LanguageModel.sum(standard.model(), domain);
      rates.putAll(measure("domain", texts, model, standard.thesaurus(), split, all, out));
    } else {
      out.println("no ../shared/data/wire/reuters21578: domain calibration skipped");
    }
    Optional<Path> articles = SharedData.dataset("extraction/scrapinghub-aeb");
    if (articles.isPresent()) {
      List<String> texts = new ArrayList<>();
      ExtractionDatasets.scrapinghub(
          articles.get(),
          0,
          page -> {
            if (texts.size() < limit && SpinEvaluation.words(page.truth()) >= 80) {
              texts.add(page.truth());
            }
          });
      rates.putAll(
          measure("bundled", texts, standard.model(), standard.thesaurus(), split, all, out));
    } else {
      out.println("no ../shared/data/extraction/scrapinghub-aeb: bundled calibration skipped");
    }
    return rates;
  }

  /** Whether a story outside the evaluation share is kept out of the counts to calibrate on. */
  static boolean calibrationStory(String id) {
    CRC32 crc = new CRC32();
    crc.update((id + "#calib").getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % 8 == 0;
  }

  private static Map<String, Double> measure(
      String name,
      List<String> texts,
      LanguageModel model,
      Thesaurus product,
      HeldOut split,
      Thesaurus all,
      PrintWriter out) {
    LanguageSpinDetector.Settings s = LanguageSpinDetector.Settings.defaults();
    LanguageSpinDetector full = new LanguageSpinDetector(model, product, KnownSpins.NONE, s);
    LanguageSpinDetector half =
        new LanguageSpinDetector(model, split.without(all), KnownSpins.NONE, s);
    List<Text> clean = new ArrayList<>();
    List<Text> halfClean = new ArrayList<>();
    List<Text> halfSpun = new ArrayList<>();
    List<SpunText> spunTexts = SpinEvaluation.spin(split.only(all), texts, SPIN_RATE, SEED);
    for (int k = 0; k < texts.size(); k++) {
      String text = texts.get(k);
      String spun = spunTexts.get(k).text();
      clean.add(new Text(tokens(text), full.verdictExcess(text)));
      halfClean.add(new Text(tokens(text), half.verdictExcess(text)));
      halfSpun.add(new Text(tokens(spun), half.verdictExcess(spun)));
    }
    double cleanRate = rate(clean);
    double ratio = rate(halfSpun) / rate(halfClean);
    double cleanExcess = meanExcess(clean);
    double spunExcess = meanExcess(halfSpun);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(name + ".cleanRate", cleanRate);
    m.put(name + ".spunOverClean", ratio);
    m.put(name + ".spunRate", cleanRate * ratio);
    m.put(name + ".cleanExcess", cleanExcess);
    m.put(name + ".spunExcess", spunExcess);
    out.printf(
        Locale.ROOT,
        "%s: %d texts, %d tokens; candidate flags per token clean %.4f (standard thesaurus);"
            + " held-out split clean %.4f, spun at %.1f %.4f (x%.2f); verdict rates %.3f / %.3f;"
            + " mean excess clean %.2f, spun %.2f%n",
        name,
        texts.size(),
        clean.stream().mapToLong(Text::tokens).sum(),
        cleanRate,
        rate(halfClean),
        SPIN_RATE,
        rate(halfSpun),
        ratio,
        cleanRate,
        cleanRate * ratio,
        cleanExcess,
        spunExcess);
    // the shape of the stories' rates: the one whose verdicts fit the clean texts (the product's
    // thesaurus) and the spun ones (pairs it lacks) best, at the rates and means just measured
    double best = Double.NaN;
    double bestLoss = Double.POSITIVE_INFINITY;
    StringBuilder losses = new StringBuilder();
    for (double shape : SHAPES) {
      DocumentVerdict v =
          new DocumentVerdict(cleanRate, cleanRate * ratio, shape, cleanExcess, spunExcess);
      double loss = logLoss(v, clean, false) + logLoss(v, halfSpun, true);
      losses.append(String.format(Locale.ROOT, " %s:%.1f", shape, loss));
      if (loss < bestLoss) {
        bestLoss = loss;
        best = shape;
      }
    }
    m.put(name + ".shape", best);
    out.printf(Locale.ROOT, "%s: shape %s (log loss by shape:%s)%n", name, best, losses);
    DocumentVerdict calibrated =
        new DocumentVerdict(cleanRate, cleanRate * ratio, best, cleanExcess, spunExcess);
    out.printf(
        Locale.ROOT,
        "%s: with shape %s, clean texts judged spun %d of %d (%d of %d under 120 tokens),"
            + " spun texts judged spun %d of %d (%d of %d under 120 tokens)%n",
        name,
        best,
        judgedSpun(calibrated, clean, Integer.MAX_VALUE),
        clean.size(),
        judgedSpun(calibrated, clean, 120),
        shorter(clean, 120),
        judgedSpun(calibrated, halfSpun, Integer.MAX_VALUE),
        halfSpun.size(),
        judgedSpun(calibrated, halfSpun, 120),
        shorter(halfSpun, 120));
    out.flush();
    return m;
  }

  /** The shapes tried: from very unlike stories to nearly Poisson counts. */
  static final double[] SHAPES = {1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50, 100};

  /** One calibration text as the verdict sees it: its tokens and its flags' excesses. */
  record Text(long tokens, double[] excess) {}

  /** Candidate flags that count as evidence per token, pooled. */
  static double rate(List<Text> texts) {
    long flags = 0;
    long tokens = 0;
    for (Text t : texts) {
      flags += t.excess().length;
      tokens += t.tokens();
    }
    return flags / (double) Math.max(1, tokens);
  }

  /** The mean excess of all flags, each capped as the verdict caps it. */
  static double meanExcess(List<Text> texts) {
    double sum = 0;
    long n = 0;
    for (Text t : texts) {
      for (double e : t.excess()) {
        sum += Math.min(DocumentVerdict.MAX_EXCESS, Math.max(0, e));
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** The verdict's log loss (natural log) on texts that are all spun or all clean. */
  static double logLoss(DocumentVerdict v, List<Text> texts, boolean spun) {
    double loss = 0;
    for (Text t : texts) {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, v.score(t.excess(), (int) t.tokens())));
      loss -= Math.log(spun ? p : 1 - p);
    }
    return loss;
  }

  private static int judgedSpun(DocumentVerdict v, List<Text> texts, int shorterThan) {
    int n = 0;
    for (Text t : texts) {
      if (t.tokens() < shorterThan
          && DocumentVerdict.verdict(v.score(t.excess(), (int) t.tokens()))
              == SpinAnalysis.Verdict.SPUN) {
        n++;
      }
    }
    return n;
  }

  private static int shorter(List<Text> texts, int tokens) {
    return (int) texts.stream().filter(t -> t.tokens() < tokens).count();
  }

  /** Tokens as the detector counts them (words and punctuation of every sentence). */
  private static int tokens(String text) {
    int n = 0;
    for (List<?> sentence : Tokenizer.sentences(text)) {
      n += sentence.size();
    }
    return n;
  }
}
