package org.unspin.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Scrapinghub article-extraction benchmark's metric: texts become {@code \w+} tokens (case
 * kept), tokens become 4-token shingles with counts; a page's true positives are the shared counts,
 * false positives and negatives the surplus on either side, all three normalised by their sum.
 *
 * @param tp normalised true positives
 * @param fp normalised false positives
 * @param fn normalised false negatives
 */
public record ShingleScore(double tp, double fp, double fn) {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  /** Scores one page's prediction against its truth. */
  public static ShingleScore of(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int tc = t.getOrDefault(e.getKey(), 0);
      fp += Math.max(0, e.getValue() - tc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
  }

  /** Whether the prediction had any shingle (pages without one are left out of precision). */
  public boolean hasPrediction() {
    return tp + fp > 0;
  }

  /** Whether the truth had any shingle (pages without one are left out of recall). */
  public boolean hasTruth() {
    return tp + fn > 0;
  }

  public double precision() {
    return tp / (tp + fp);
  }

  public double recall() {
    return tp / (tp + fn);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> out = new HashMap<>();
    int count = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < count; i++) {
      String s = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
      if (!s.isEmpty()) {
        out.merge(s, 1, Integer::sum);
      }
    }
    return out;
  }
}
