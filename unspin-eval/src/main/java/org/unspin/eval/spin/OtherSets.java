package org.unspin.eval.spin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinDetector;
import org.unspin.detect.SpunPhrase;
import org.unspin.lexicon.LanguageModel;

/**
 * The two small sets beside Reuters: the Clough–Stevenson short answers (light revision, that is
 * human synonym substitution, against answers written independently) and the tortured-phrase list
 * (each listed phrase put into a real sentence that holds its correct wording; the list itself is
 * never given to the detector).
 */
final class OtherSets {
  private OtherSets() {}

  private static final Pattern PLAIN = Pattern.compile("[a-z]+(?: [a-z]+){0,3}");

  /** AUC of document scores, light revisions against independent answers, and their counts. */
  static Map<String, Double> clough(Path dir, SpinDetector detector) throws IOException {
    List<Double> light = new ArrayList<>();
    List<Double> non = new ArrayList<>();
    double lightRate = 0;
    double nonRate = 0;
    for (String line :
        Files.readAllLines(dir.resolve("file_information.csv"), StandardCharsets.UTF_8)) {
      String[] f = line.split(",");
      if (f.length < 3 || !(f[2].equals("light") || f[2].equals("non"))) {
        continue;
      }
      SpinAnalysis a = detector.analyze(read(dir.resolve(f[0])));
      if (f[2].equals("light")) {
        light.add(a.score());
        lightRate += a.changedWordRate();
      } else {
        non.add(a.score());
        nonRate += a.changedWordRate();
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("auc", Auc.of(light, non));
    m.put("lightChangedRate", light.isEmpty() ? 0 : lightRate / light.size());
    m.put("nonChangedRate", non.isEmpty() ? 0 : nonRate / non.size());
    m.put("n", (double) (light.size() + non.size()));
    return m;
  }

  /** A text file in UTF-8, or in windows-1252 when it is not valid UTF-8. */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /**
   * For each listed pair whose correct wording occurs in one of {@code texts}: the first paragraph
   * holding it, with the tortured phrase put in its place, analysed. Counts how often the phrase is
   * flagged and how often it is restored exactly, at most {@code max} pairs; and, to tell what the
   * language can show from what it cannot, the share of pairs whose correct wording {@code model}
   * has never counted ({@code correctUnknown}), the share whose tortured phrase changes two or more
   * words or the number of words ({@code multiWord}), and the rates among the pairs whose correct
   * wording the model knows ({@code flaggedKnown}, {@code restoredKnown}).
   */
  static Map<String, Double> tortured(
      Path json, List<String> texts, SpinDetector detector, LanguageModel model, int max)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<String> paragraphs = new ArrayList<>();
    // the paragraphs each lower-case word occurs in, in order: a pair's correct wording is looked
    // for only in those of its rarest word, the first such paragraph holding it is the first of all
    Map<String, List<Integer>> with = new HashMap<>();
    Matcher word = WORD.matcher("");
    for (String t : texts) {
      for (String p : t.split("\\n\\s*\\n")) {
        word.reset(p);
        while (word.find()) {
          List<Integer> in = with.computeIfAbsent(word.group(), w -> new ArrayList<>());
          if (in.isEmpty() || in.get(in.size() - 1) != paragraphs.size()) {
            in.add(paragraphs.size());
          }
        }
        paragraphs.add(p);
      }
    }
    int tried = 0;
    int flagged = 0;
    int restored = 0;
    int known = 0;
    int flaggedKnown = 0;
    int restoredKnown = 0;
    int multi = 0;
    for (JsonNode pair : root.path("phrases")) {
      if (tried >= max) {
        break;
      }
      String tortured = pair.path("tortured").asText("").strip();
      String correct = pair.path("correct").asText("").strip();
      if (!PLAIN.matcher(tortured).matches() || !PLAIN.matcher(correct).matches()) {
        continue;
      }
      List<Integer> in = null;
      for (String w : correct.split(" ")) {
        List<Integer> these = with.getOrDefault(w, List.of());
        if (in == null || these.size() < in.size()) {
          in = these;
        }
      }
      Pattern find = Pattern.compile("\\b" + Pattern.quote(correct) + "\\b");
      for (int k : in) {
        String p = paragraphs.get(k);
        Matcher m = find.matcher(p);
        if (!m.find()) {
          continue;
        }
        String text = p.substring(0, m.start()) + tortured + p.substring(m.end());
        int s = m.start();
        int e = s + tortured.length();
        tried++;
        boolean knows = model.count(correct) > 0;
        known += knows ? 1 : 0;
        multi += changedWords(tortured, correct) > 1 ? 1 : 0;
        for (SpunPhrase ph : detector.analyze(text).phrases()) {
          if (ph.start() < e && s < ph.end()) {
            flagged++;
            flaggedKnown += knows ? 1 : 0;
            String back =
                text.substring(Math.min(s, ph.start()), ph.start())
                    + ph.restored()
                    + text.substring(ph.end(), Math.max(e, ph.end()));
            if (back.toLowerCase(Locale.ROOT).equals(correct)) {
              restored++;
              restoredKnown += knows ? 1 : 0;
            }
            break;
          }
        }
        break;
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("n", (double) tried);
    m.put("flagged", share(flagged, tried));
    m.put("restored", share(restored, tried));
    m.put("correctUnknown", share(tried - known, tried));
    m.put("multiWord", share(multi, tried));
    m.put("flaggedKnown", share(flaggedKnown, known));
    m.put("restoredKnown", share(restoredKnown, known));
    return m;
  }

  private static final Pattern WORD = Pattern.compile("\\b[a-z]+\\b");

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  /**
   * How many words a tortured phrase changes: the words that differ, place by place, when both have
   * as many words, else the larger count of words.
   */
  static int changedWords(String tortured, String correct) {
    String[] a = tortured.split(" ");
    String[] b = correct.split(" ");
    if (a.length != b.length) {
      return Math.max(a.length, b.length);
    }
    int n = 0;
    for (int k = 0; k < a.length; k++) {
      n += a[k].equals(b[k]) ? 0 : 1;
    }
    return n;
  }
}
