package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.AiksaurusThesaurus;

class SpinCommandTest {

  private static final String STORY =
      "Council delays harbour vote\n\nThe city council said on Tuesday it would delay a vote on"
          + " the harbour plan due to concerns about the cost. The mayor told reporters that more"
          + " and more residents want the old market to stay open.";

  @TempDir Path dir;

  @Test
  void spinsAFileAndWritesTheTruth() throws IOException {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
    Path truth = dir.resolve("truth.json");
    Run run =
        run("spin", "--rate", "0.3", "--seed", "4", "--truth", truth.toString(), story.toString());
    assertThat(run.code).isZero();
    assertThat(run.out).isNotEqualTo(STORY).contains("Council");
    JsonNode json = new ObjectMapper().readTree(truth.toFile());
    assertThat(json.get("seed").asLong()).isEqualTo(4);
    assertThat(json.get("changedWordRate").asDouble()).isBetween(0.25, 0.31);
    for (JsonNode s : json.get("substitutions")) {
      int start = s.get("spunStart").asInt();
      int end = s.get("spunEnd").asInt();
      assertThat(run.out.substring(start, end)).isEqualTo(s.get("spun").asText());
      assertThat(STORY.substring(s.get("originalStart").asInt(), s.get("originalEnd").asInt()))
          .isEqualTo(s.get("original").asText());
    }
    assertThat(run("spin", "--rate", "0.3", "--seed", "4", story.toString()).out)
        .isEqualTo(run.out);
  }

  @Test
  void wrapsTheResultInAFarmPage() throws IOException {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
    Run run = run("spin", "--page", "--source", "https://example.org/s", story.toString());
    assertThat(run.code).isZero();
    assertThat(run.out)
        .contains("[ad_1]", "[ad_2]", "Source link", "https://example.org/s", "Leave a Reply")
        .contains("Latest Post");
  }

  @Test
  void reportsAMissingFileOrABadRateInOneLine() {
    Run missing = run("spin", dir.resolve("nope.txt").toString());
    assertThat(missing.code).isEqualTo(Main.USAGE);
    assertThat(missing.err).startsWith("unspin: no such file").hasLineCount(1);
    Run badRate = run("spin", "--rate", "1.5", dir.toString());
    assertThat(badRate.code).isEqualTo(Main.USAGE);
    assertThat(badRate.err).contains("--rate");
    Run directory = run("spin", dir.toString());
    assertThat(directory.code).isEqualTo(Main.USAGE);
    assertThat(directory.err).startsWith("unspin: cannot read");
  }

  @Test
  void spinsWithAiksaurusOrSaysInOneLineWhyItCannot() throws IOException {
    Path story = Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
    String before = System.getProperty(AiksaurusThesaurus.DIR_PROPERTY);
    try {
      System.setProperty(AiksaurusThesaurus.DIR_PROPERTY, dir.resolve("none").toString());
      Run absent = run("spin", "--thesaurus", "aiksaurus", story.toString());
      assertThat(absent.code).isEqualTo(Main.USAGE);
      assertThat(absent.err).contains("libaiksaurus-1.2-data").hasLineCount(1);
      Path bad = Files.createDirectory(dir.resolve("bad"));
      Files.write(bad.resolve("words.dat"), new byte[] {'h', 'o', 'u', 's', 'e'});
      Files.write(bad.resolve("meanings.dat"), new byte[] {0, 1, (byte) 0xFF, (byte) 0xFF});
      System.setProperty(AiksaurusThesaurus.DIR_PROPERTY, bad.toString());
      Run malformed = run("spin", "--thesaurus", "aiksaurus", story.toString());
      assertThat(malformed.code).isEqualTo(Main.USAGE);
      assertThat(malformed.err).contains("not an Aiksaurus words.dat").hasLineCount(1);
      System.setProperty(AiksaurusThesaurus.DIR_PROPERTY, AiksaurusThesaurus.DEBIAN_DIR.toString());
      if (Files.isReadable(AiksaurusThesaurus.DEBIAN_DIR.resolve("words.dat"))) {
        Run spun = run("spin", "--thesaurus", "aiksaurus", "--rate", "0.3", story.toString());
        assertThat(spun.code).isZero();
        assertThat(spun.out).isNotEqualTo(STORY).contains("Council");
      }
    } finally {
      if (before == null) {
        System.clearProperty(AiksaurusThesaurus.DIR_PROPERTY);
      } else {
        System.setProperty(AiksaurusThesaurus.DIR_PROPERTY, before);
      }
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private record Run(int code, String out, String err) {}
}
