package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final String FARM_PAGE =
      """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>Council Backs Plan For New Library</title></head>
      <body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="latest-post">Latest Post <a href="/a">Team wins cup final</a> <a href="/b">Storm closes roads</a></div>
      </header>
      <main><article>
      <h1 class="entry-title">Council Backs Plan For New Library</h1>
      <div class="entry-content">
      <p>[ad_1]</p>
      <p>The town council voted on Monday to build a new public library in the centre of town, after
      residents complained for years that the old building was too small and too cold in winter.</p>
      <p>The mayor said in an announcement that work would begin next spring and that the library
      would open its doors to readers two years later, with a cafe and a hall for local clubs.</p>
      <p>Opponents said the money would be better spent on repairing roads, but the plan passed by
      nine votes to four after a long debate that lasted well into the evening.</p>
      <p>(Reporting by Jo Bell; Editing by Sam Reyes)</p>
      <p>[ad_2]</p>
      <p><a href="https://news.example.org/2026/council-library">Source link</a></p>
      </div></article></main>
      <div id="comments"><h3 id="reply-title">Leave a Reply</h3>
      <form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
      <footer>Copyright 2026 Example Farm. All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void checkPrintsTheJsonContract(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("farm.html");
    Files.writeString(page, FARM_PAGE, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("check", "--format", "json", page.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(run.out());
    assertThat(r.path("input").path("kind").asText()).isEqualTo("html");
    assertThat(r.path("input").path("bytes").asLong())
        .isEqualTo(FARM_PAGE.getBytes(StandardCharsets.UTF_8).length);
    assertThat(r.path("article").path("title").asText()).contains("Library");
    String text = r.path("article").path("text").asText();
    assertThat(text).contains("The town council voted on Monday").doesNotContain("[ad_");
    assertThat(text).doesNotContain("Source link").doesNotContain("Leave a Reply");
    assertThat(r.path("farm").path("adSlots").findValuesAsText("marker"))
        .containsExactly("[ad_1]", "[ad_2]");
    assertThat(r.path("farm").path("sourceLink").path("href").asText())
        .isEqualTo("https://news.example.org/2026/council-library");
    assertThat(r.path("farm").path("commentForm").asBoolean()).isTrue();
    assertThat(r.path("spin").path("verdict").asText()).isIn("spun", "clean", "uncertain");
    assertThat(r.path("spin").path("phrases").isArray()).isTrue();
    assertThat(r.has("source")).isTrue();
    assertThat(r.path("restoredText").isTextual()).isTrue();
  }

  @Test
  void restoredTextIsTheArticleWithEachPhraseReplaced(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("farm.html");
    Files.writeString(page, FARM_PAGE, StandardCharsets.UTF_8);
    JsonNode r = JSON.readTree(CliRun.of("check", "--format", "json", page.toString()).out());

    String text = r.path("article").path("text").asText();
    StringBuilder expected = new StringBuilder();
    int at = 0;
    for (JsonNode p : r.path("spin").path("phrases")) {
      int start = p.path("start").asInt();
      int end = p.path("end").asInt();
      assertThat(start).isGreaterThanOrEqualTo(at);
      assertThat(text.substring(start, end)).isEqualTo(p.path("text").asText());
      expected.append(text, at, start).append(p.path("restored").asText());
      at = end;
    }
    expected.append(text.substring(at));
    assertThat(r.path("restoredText").asText()).isEqualTo(expected.toString());

    String title = r.path("article").path("title").asText();
    for (JsonNode p : r.path("spin").path("titlePhrases")) {
      assertThat(title.substring(p.path("start").asInt(), p.path("end").asInt()))
          .isEqualTo(p.path("text").asText());
    }
    assertThat(r.path("restoredTitle").isTextual()).isTrue();
  }

  @Test
  void textFormatShowsTitleVerdictAndFarmArtifacts(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("farm.html");
    Files.writeString(page, FARM_PAGE, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("check", page.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Council Backs Plan For New Library")
        .contains("verdict:")
        .contains("[ad_1]")
        .contains("https://news.example.org/2026/council-library");
  }

  @Test
  void plainTextIsSniffedAsText(@TempDir Path dir) throws IOException {
    Path story = dir.resolve("story");
    Files.writeString(
        story,
        "The council met on Monday.\n\nIt approved the budget by a wide margin.\n",
        StandardCharsets.UTF_8);

    JsonNode r = JSON.readTree(CliRun.of("check", "--format", "json", story.toString()).out());

    assertThat(r.path("input").path("kind").asText()).isEqualTo("text");
    assertThat(r.path("article").path("paragraphs")).hasSize(2);
  }

  @Test
  void unknownFormatIsAUsageError(@TempDir Path dir) throws IOException {
    Path story = dir.resolve("story.txt");
    Files.writeString(story, "Some text.", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("check", "--format", "yaml", story.toString());

    assertThat(run.exitCode()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("yaml");
  }
}
