package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path farmPage() throws Exception {
    Path p = dir.resolve("farm.html");
    Files.writeString(
        p,
        "<html><head><title>Mill reopens</title></head><body><div class='ticker'>"
            + "<span>Latest Post</span><a href='/x'>Other news</a></div><div class='entry-content'>"
            + " [ad_1]<br><div><p>RIVERTON (Reuters) - The old mill reopened on Friday after a"
            + " decade, employing forty people from the valley, its new owners said.</p><p>The"
            + " owners plan to add a bakery next spring, they said in a statement to the press.</p>"
            + "<p>(Reporting by Lee Fox; Editing by Kim Hart)</p></div><br>[ad_2]<br>"
            + "<a href='https://wire.example.com/mill'>Source link</a></div></body></html>",
        StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void printsTheStoryAndTheFarmAsJson() throws Exception {
    Run r = run("extract", "--format", "json", farmPage().toString());
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("title").asText()).isEqualTo("Mill reopens");
    assertThat(json.get("paragraphs")).hasSize(2);
    assertThat(json.get("text").asText())
        .startsWith("The old mill reopened")
        .doesNotContain("[ad_");
    JsonNode farm = json.get("farm");
    assertThat(farm.get("adSlots")).hasSize(2);
    assertThat(farm.get("sourceLink").get("href").asText())
        .isEqualTo("https://wire.example.com/mill");
    assertThat(farm.get("commentForm").asBoolean()).isFalse();
    assertThat(farm.get("widgets").get(0).get("kind").asText()).isEqualTo("ticker");
    assertThat(farm.get("wireCredits")).hasSize(2);
  }

  @Test
  void printsReadableTextByDefault() throws Exception {
    Run r = run("extract", farmPage().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Mill reopens")
        .contains("source link: Source link -> https://wire.example.com/mill");
  }

  @Test
  void aMissingFileIsAUsageErrorWithOneLine() {
    Run r = run("extract", dir.resolve("nope.html").toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err().strip())
        .startsWith("unspin:")
        .contains("no such file")
        .doesNotContain("Exception");
  }

  @Test
  void aDirectoryIsAUsageError() {
    Run r = run("extract", dir.toString());
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("is a directory");
  }
}
