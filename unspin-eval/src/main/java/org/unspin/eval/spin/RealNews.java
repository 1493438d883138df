package org.unspin.eval.spin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinAnalysis.Verdict;
import org.unspin.eval.extraction.ExtractionDatasets;
import org.unspin.extract.PageExtractor;
import org.unspin.input.Input;

/**
 * Real news that nobody spun: the stories an autoblog copied verbatim from many outlets (the
 * whenitson posts), as {@code check} extracts them from their farm wrapper. Every flagged phrase on
 * them is a false flag, so they measure the detector's precision on text of the real web rather
 * than on Reuters of 1987, both with the bundled model alone (a user without an archive) and with a
 * domain layer.
 */
final class RealNews {
  private RealNews() {}

  /** The story texts of {@code count} posts spread evenly over the whole (sorted) set. */
  static List<String> stories(Path whenitson, int count) throws IOException {
    List<String> all = new ArrayList<>();
    PageExtractor extractor = new PageExtractor();
    ExtractionDatasets.whenitson(
        whenitson,
        0,
        page -> all.add(extractor.extract(Input.ofHtml(page.id(), page.html())).article().text()));
    List<String> picked = new ArrayList<>(count);
    double step = all.size() / (double) Math.max(1, count);
    for (int k = 0; k < count && (int) (k * step) < all.size(); k++) {
      String text = all.get((int) (k * step));
      if (!text.isBlank()) {
        picked.add(text);
      }
    }
    return picked;
  }

  /**
   * False flags per 1,000 words in the stories, given their analyses ({@code analyses.get(k)} is
   * that of {@code stories.get(k)}), and the shares of stories called spun and uncertain.
   *
   * @return metrics named {@code stories}, {@code words}, {@code falseFlagsPer1k}, {@code
   *     wordsPerFalseFlag} (higher is better, as stored minimums need), {@code spunShare}, {@code
   *     notSpunShare} and {@code uncertainShare}
   */
  static Map<String, Double> falseFlags(List<String> stories, List<SpinAnalysis> analyses) {
    long words = 0;
    long flags = 0;
    int spun = 0;
    int uncertain = 0;
    for (int k = 0; k < stories.size(); k++) {
      SpinAnalysis a = analyses.get(k);
      words += SpinEvaluation.words(stories.get(k));
      flags += a.phrases().size();
      spun += a.verdict() == Verdict.SPUN ? 1 : 0;
      uncertain += a.verdict() == Verdict.UNCERTAIN ? 1 : 0;
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("stories", (double) stories.size());
    m.put("words", (double) words);
    m.put("falseFlagsPer1k", words == 0 ? 0 : 1000.0 * flags / words);
    m.put("wordsPerFalseFlag", flags == 0 ? words : words / (double) flags);
    m.put("spunShare", stories.isEmpty() ? 0 : spun / (double) stories.size());
    m.put("notSpunShare", stories.isEmpty() ? 0 : 1 - spun / (double) stories.size());
    m.put("uncertainShare", stories.isEmpty() ? 0 : uncertain / (double) stories.size());
    return m;
  }
}
