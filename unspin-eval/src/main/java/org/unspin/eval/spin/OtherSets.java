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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinDetector;
import org.unspin.detect.SpunPhrase;

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
   * For each listed pair whose correct wording occurs in one of {@code texts}: the paragraph with
   * the tortured phrase put in its place, analysed. Counts how often the phrase is flagged and how
   * often it is restored exactly.
   */
  static Map<String, Double> tortured(Path json, List<String> texts, SpinDetector detector, int max)
      throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<String> paragraphs = new ArrayList<>();
    for (String t : texts) {
      for (String p : t.split("\\n\\s*\\n")) {
        paragraphs.add(p);
      }
    }
    int tried = 0;
    int flagged = 0;
    int restored = 0;
    for (JsonNode pair : root.path("phrases")) {
      if (tried >= max) {
        break;
      }
      String tortured = pair.path("tortured").asText("").strip();
      String correct = pair.path("correct").asText("").strip();
      if (!PLAIN.matcher(tortured).matches() || !PLAIN.matcher(correct).matches()) {
        continue;
      }
      Pattern find = Pattern.compile("\\b" + Pattern.quote(correct) + "\\b");
      for (String p : paragraphs) {
        Matcher m = find.matcher(p);
        if (!m.find()) {
          continue;
        }
        String text = p.substring(0, m.start()) + tortured + p.substring(m.end());
        int s = m.start();
        int e = s + tortured.length();
        tried++;
        for (SpunPhrase ph : detector.analyze(text).phrases()) {
          if (ph.start() < e && s < ph.end()) {
            flagged++;
            String back =
                text.substring(Math.min(s, ph.start()), ph.start())
                    + ph.restored()
                    + text.substring(ph.end(), Math.max(e, ph.end()));
            if (back.toLowerCase(Locale.ROOT).equals(correct)) {
              restored++;
            }
            break;
          }
        }
        break;
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("n", (double) tried);
    m.put("flagged", tried == 0 ? 0 : (double) flagged / tried);
    m.put("restored", tried == 0 ? 0 : (double) restored / tried);
    return m;
  }
}
