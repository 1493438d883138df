package org.unspin.eval.spin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinDetector;
import org.unspin.detect.SpunPhrase;
import org.unspin.spin.SpunText;
import org.unspin.spin.Substitution;

/**
 * Scores of one detector over many texts: word-level precision, recall and F1 of flagged words
 * against substituted words, exact restoration of correctly flagged phrases, document AUC of spun
 * against clean versions, false flags per 1,000 words of clean text, and the share of spun texts
 * whose verdict is spun.
 */
final class SpinScores {

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");

  private long truePositive;
  private long falsePositive;
  private long falseNegative;
  private long hitPhrases;
  private long restoredExactly;
  private long cleanWords;
  private long cleanFlags;
  private int spunCalledSpun;
  private final List<Double> spunScores = new ArrayList<>();
  private final List<Double> cleanScores = new ArrayList<>();

  /**
   * The scores of {@code detector} on spun versions of texts: {@code spun.get(k)} is {@code
   * texts.get(k)} spun, and {@code clean.get(k)} is the detector's analysis of that text unspun.
   */
  static SpinScores of(
      List<String> texts, List<SpinAnalysis> clean, List<SpunText> spun, SpinDetector detector) {
    SpinScores scores = new SpinScores();
    for (int k = 0; k < texts.size(); k++) {
      scores.addClean(texts.get(k), clean.get(k));
      scores.addSpun(spun.get(k), detector.analyze(spun.get(k).text()));
    }
    return scores;
  }

  /** Adds a spun text's analysis. */
  void addSpun(SpunText story, SpinAnalysis a) {
    spunScores.add(a.score());
    spunCalledSpun += a.verdict() == SpinAnalysis.Verdict.SPUN ? 1 : 0;
    String text = story.text();
    List<Substitution> truth = story.substitutions();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      boolean isTrue = overlapsSubstitution(truth, m.start(), m.end());
      boolean flagged = overlapsPhrase(a.phrases(), m.start(), m.end());
      if (isTrue && flagged) {
        truePositive++;
      } else if (flagged) {
        falsePositive++;
      } else if (isTrue) {
        falseNegative++;
      }
    }
    for (SpunPhrase p : a.phrases()) {
      List<Substitution> hit = new ArrayList<>();
      for (Substitution s : truth) {
        if (s.spunStart() < p.end() && p.start() < s.spunEnd()) {
          hit.add(s);
        }
      }
      if (hit.isEmpty()) {
        continue;
      }
      hitPhrases++;
      if (hit.get(0).spunStart() == p.start() && hit.get(hit.size() - 1).spunEnd() == p.end()) {
        StringBuilder original = new StringBuilder();
        int at = p.start();
        for (Substitution s : hit) {
          original.append(text, at, s.spunStart()).append(s.original());
          at = s.spunEnd();
        }
        if (normal(original.toString()).equals(normal(p.restored()))) {
          restoredExactly++;
        }
      }
    }
  }

  /** Adds a clean text's analysis. */
  void addClean(String text, SpinAnalysis a) {
    cleanScores.add(a.score());
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      cleanWords++;
    }
    cleanFlags += a.phrases().size();
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static boolean overlapsSubstitution(List<Substitution> subs, int s, int e) {
    for (Substitution x : subs) {
      if (x.spunStart() < e && s < x.spunEnd()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsPhrase(List<SpunPhrase> phrases, int s, int e) {
    for (SpunPhrase x : phrases) {
      if (x.start() < e && s < x.end()) {
        return true;
      }
    }
    return false;
  }

  double precision() {
    return ratio(truePositive, truePositive + falsePositive);
  }

  double recall() {
    return ratio(truePositive, truePositive + falseNegative);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double restoration() {
    return ratio(restoredExactly, hitPhrases);
  }

  double auc() {
    return Auc.of(spunScores, cleanScores);
  }

  /** The share of spun texts whose verdict is spun. */
  double calledSpun() {
    return ratio(spunCalledSpun, spunScores.size());
  }

  double falseFlagsPerThousand() {
    return cleanWords == 0 ? Double.NaN : 1000.0 * cleanFlags / cleanWords;
  }

  /** The metrics by name, in table order. */
  Map<String, Double> metrics() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("precision", precision());
    m.put("recall", recall());
    m.put("f1", f1());
    m.put("restored", restoration());
    m.put("auc", auc());
    m.put("falseFlagsPer1000", falseFlagsPerThousand());
    // higher is better, so that it can have a stored minimum
    m.put("wordsPerFalseFlag", cleanFlags == 0 ? cleanWords : (double) cleanWords / cleanFlags);
    m.put("calledSpun", calledSpun());
    return m;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
