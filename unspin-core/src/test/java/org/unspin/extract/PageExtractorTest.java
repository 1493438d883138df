package org.unspin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unspin.input.Input;

/** The extractor's contract on pages written for these tests. */
class PageExtractorTest {
  private final PageExtractor extractor = new PageExtractor();

  static String resource(String name) {
    try (InputStream in = PageExtractorTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  static String prose(String topic, int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append("The committee discussed ")
          .append(topic)
          .append(" at length on day ")
          .append(i + 1)
          .append(", and members agreed that more work, more money and more time were needed. ");
    }
    return sb.toString().strip();
  }

  @Test
  void keepsTheStoryAndLeavesMenusSidebarsAndFootersBehind() {
    String html =
        page(
            "<title>Bridge repairs begin | Town Paper</title>",
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
                + "<div class='sidebar'><h3>Popular</h3><ul><li><a href='/x'>Some other story"
                + " about parking</a></li></ul></div>"
                + "<div class='story'><h1>Bridge repairs begin</h1><p>"
                + prose("the bridge", 3)
                + "</p><p>"
                + prose("the detour", 3)
                + "</p></div><footer><p>Contact us at the town office.</p></footer>");
    Extraction x = extractor.extract(Input.ofHtml("page.html", html));
    assertThat(x.article().paragraphs()).hasSize(2);
    assertThat(x.article().text()).contains("the bridge").contains("the detour");
    assertThat(x.article().text()).doesNotContain("Home", "parking", "Contact us");
    assertThat(x.article().title()).isEqualTo("Bridge repairs begin");
    assertThat(x.note()).isNull();
  }

  @Test
  void readsTitleBylineAndDateFromJsonLd() {
    String html =
        page(
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable changes\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ada Reyes\"}],"
                + "\"datePublished\":\"2024-05-02T08:00:00Z\"}]}</script>",
            "<article><p>" + prose("the ferry", 4) + "</p></article>");
    Article a = extractor.extract(Input.ofHtml("p.html", html)).article();
    assertThat(a.title()).isEqualTo("Ferry timetable changes");
    assertThat(a.byline()).isEqualTo("Ada Reyes");
    assertThat(a.date()).isEqualTo("2024-05-02T08:00:00Z");
  }

  @Test
  void dropsLinkListsInsideTheStoryContainer() {
    StringBuilder links = new StringBuilder("<ul>");
    for (int i = 0; i < 8; i++) {
      links.append("<li><a href='/s").append(i).append("'>Another headline number ");
      links.append(i).append(" about something else entirely here</a></li>");
    }
    links.append("</ul>");
    String html =
        page(
            "",
            "<div><p>"
                + prose("the budget", 4)
                + "</p>"
                + links
                + "<p>"
                + prose("taxes", 4)
                + "</p></div>");
    Article a = extractor.extract(Input.ofHtml("p.html", html)).article();
    assertThat(a.text())
        .contains("the budget")
        .contains("taxes")
        .doesNotContain("Another headline");
  }

  @Test
  void prefersTheMarkedArticleOverTeasersAroundIt() {
    StringBuilder teasers = new StringBuilder("<section class='more'>");
    for (int i = 0; i < 6; i++) {
      teasers.append("<div><h3><a href='/t").append(i).append("'>Teaser ").append(i);
      teasers
          .append("</a></h3><p>")
          .append(prose("an unrelated teaser " + i, 2))
          .append("</p></div>");
    }
    teasers.append("</section>");
    String html =
        page(
            "",
            "<main><article><p>"
                + prose("the harbour", 6)
                + "</p></article>"
                + teasers
                + "</main>");
    Article a = extractor.extract(Input.ofHtml("p.html", html)).article();
    assertThat(a.text()).contains("the harbour").doesNotContain("unrelated teaser");
  }

  @Test
  void splitsPlainTextOnBlankLinesAndTakesAHeadline() {
    String text =
        "Council meets tonight\n\nThe council meets at seven.\nIt will vote.\n\nMore later.";
    Article a = extractor.extract(Input.ofText("t.txt", text)).article();
    assertThat(a.title()).isEqualTo("Council meets tonight");
    assertThat(a.paragraphs())
        .containsExactly("The council meets at seven. It will vote.", "More later.");
  }

  @Test
  void treatsBlankLinesInUnwrappedMarkupAsParagraphBreaks() {
    String html = page("", "<div>" + prose("roads", 2) + "\n\n" + prose("rails", 2) + "</div>");
    Article a = extractor.extract(Input.ofHtml("p.html", html)).article();
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void recoversTextAfterASelfClosedIframe() {
    String html =
        page(
            "",
            "<div><p>"
                + prose("video", 3)
                + "</p><p><iframe src='https://v.example/1'/></p><p>"
                + prose("the closing remarks", 3)
                + "</p></div>");
    Article a = extractor.extract(Input.ofHtml("p.html", html)).article();
    assertThat(a.text()).contains("the closing remarks");
  }

  @Test
  void returnsAnEmptyArticleWithANoteForAFrameset() {
    String html =
        "<html><frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'></frameset></html>";
    Extraction x = extractor.extract(Input.ofHtml("f.html", html));
    assertThat(x.article().paragraphs()).isEmpty();
    assertThat(x.note()).isNotBlank();
  }

  @Test
  void keepsAStoryParkedInAHiddenContainer() {
    String html =
        page(
            "",
            "<div hidden id='S:0'><article><p>" + prose("streaming", 24) + "</p></article></div>");
    assertThat(extractor.extract(Input.ofHtml("p.html", html)).article().text())
        .contains("streaming");
  }
}
