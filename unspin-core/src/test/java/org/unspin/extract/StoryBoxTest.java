package org.unspin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unspin.input.Input;

/**
 * Which box of a page holds the story: chrome wrapping the main element, tab lists holding panels,
 * teaser cards beside a short story, listings of cards, widget settings as text and the JSON-LD
 * articleBody, on pages written here.
 */
class StoryBoxTest {
  private final PageExtractor extractor = new PageExtractor();

  private String text(String head, String body) {
    String html =
        "<html><head><title>A test page</title>" + head + "</head><body>" + body + "</body></html>";
    return extractor.extract(Input.ofHtml("page.html", html)).article().text();
  }

  private String text(String body) {
    return text("", body);
  }

  private static String prose(String topic, int sentences) {
    return PageExtractorTest.prose(topic, sentences);
  }

  private static String paragraphs(String topic, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append("<p>").append(prose(topic + " part " + i, 2)).append("</p>");
    }
    return sb.toString();
  }

  private static String cards(String topic, int count) {
    StringBuilder sb = new StringBuilder("<div class='grid'>");
    for (int i = 0; i < count; i++) {
      sb.append("<div class='item'><h3><a href='/other-")
          .append(i)
          .append("'>Headline of card ")
          .append(i)
          .append("</a></h3><p>")
          .append(prose(topic + " card " + i, 1))
          .append("</p></div>");
    }
    return sb.append("</div>").toString();
  }

  @Test
  void keepsTheStoryWhenABannerAsideWrapsTheMainElement() {
    String page =
        "<aside class='announcement'><p>Spring offer: two for one.</p><main><article>"
            + paragraphs("the harbour", 4)
            + "</article></main></aside>";
    assertThat(text(page)).contains("the harbour part 0", "the harbour part 3");
  }

  @Test
  void keepsATranscriptPanelInsideATabListButNotBareTabLabels() {
    String page =
        "<article><p>Listen to this week's episode.</p></article>"
            + "<div role='tablist'><div role='tab'>Show transcript</div>"
            + "<div role='tabpanel'>"
            + paragraphs("the transcript", 5)
            + "</div></div>"
            + "<div role='tablist'><a href='#a'>Episode notes</a><a href='#b'>Guests</a></div>";
    String text = text(page);
    assertThat(text).contains("the transcript part 0", "the transcript part 4");
    assertThat(text).doesNotContain("Episode notes");
  }

  /** A column holding a story of {@code parts} paragraphs and, after it, a box of that class. */
  private String storyBeside(String topic, int parts, String boxClass, String box) {
    return text(
        "<div class='column'><div class='story'>"
            + paragraphs(topic, parts)
            + "</div><div class='"
            + boxClass
            + "'>"
            + box
            + "</div></div>");
  }

  @Test
  void leavesTeaserCardsBesideAShortStoryBehind() {
    String text = storyBeside("the bridge repairs", 5, "more", cards("another town", 8));
    assertThat(text).contains("the bridge repairs part 0", "the bridge repairs part 4");
    assertThat(text).doesNotContain("another town card", "Headline of card");
  }

  @Test
  void leavesAWordySidebarBesideTheStoryBehind() {
    String text =
        storyBeside("the flood defences", 12, "sidebar", paragraphs("the republishing terms", 5));
    assertThat(text).contains("the flood defences part 0", "the flood defences part 11");
    assertThat(text).doesNotContain("the republishing terms");
  }

  @Test
  void keepsAStoryThatSitsInABoxWithAChromeClass() {
    String page =
        "<div class='wrap'><div class='meta'>By A. Writer</div><div class='share'>"
            + paragraphs("the marathon", 8)
            + "</div></div>";
    assertThat(text(page)).contains("the marathon part 0", "the marathon part 7");
  }

  @Test
  void keepsAListingOfCardsWhole() {
    String page =
        "<div class='page'><p>Our events this season.</p>" + cards("a fair", 10) + "</div>";
    assertThat(text(page)).contains("a fair card 0", "a fair card 5", "a fair card 9");
  }

  @Test
  void keepsALedeThatStandsBesideTheStoryBody() {
    String page =
        "<div class='column'><div class='lede'><p>"
            + prose("the lede", 3)
            + "</p></div><div class='body'>"
            + paragraphs("the body", 12)
            + "</div><div class='links'><a href='/x'>Home</a> <a href='/y'>Archive</a></div></div>";
    String text = text(page);
    assertThat(text).contains("the lede", "the body part 0", "the body part 11");
    assertThat(text).doesNotContain("Archive");
  }

  @Test
  void dropsWidgetSettingsLeftAsJsonButKeepsJsonInCodeListings() {
    String settings = "{\"layout\":2,\"buttonText\":\"Buy now\",\"color\":\"red\"}";
    String page =
        "<article>"
            + paragraphs("the config file", 3)
            + "<div>"
            + settings
            + "</div><pre>{\"name\":\"demo\",\"port\":8080,\"debug\":true}</pre></article>";
    String text = text(page);
    assertThat(text).doesNotContain("buttonText");
    assertThat(text).contains("\"port\":8080", "the config file part 2");
    assertThat(LineRules.isJson(settings)).isTrue();
    assertThat(LineRules.isJson("{\"a\": 1} is how you write it")).isFalse();
  }

  @Test
  void takesTheJsonLdArticleBodyWhenTheMarkupHoldsFarLess() {
    String stated = prose("the stated story", 4) + "\\n\\n" + prose("its second paragraph", 4);
    String head =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Stated\","
            + "\"articleBody\":\""
            + stated
            + "\"}</script>";
    String text = text(head, "<article><p>" + prose("a teaser", 1) + "</p></article>");
    assertThat(text).contains("the stated story", "its second paragraph");

    String full = text(head, "<article>" + paragraphs("the markup story", 8) + "</article>");
    assertThat(full).contains("the markup story part 7").doesNotContain("the stated story");
  }

  @Test
  void leavesTheBoxesThatFollowTheStoryBoxOut() {
    String page =
        "<div class='page'><div class='column-a'>"
            + paragraphs("the story", 8)
            + "</div><div class='column-b'><div><p>"
            + prose("a happy client's testimonial", 2)
            + "</p></div><div><p>"
            + prose("calling our office today", 2)
            + "</p></div></div></div>";
    String text = text(page);
    assertThat(text).contains("the story part 0", "the story part 7");
    assertThat(text).doesNotContain("testimonial", "calling our office");
  }

  @Test
  void keepsALedeBeforeTheStoryBoxThatAfterItWouldBeLeftOut() {
    String page =
        "<div class='page'><div class='intro'><p>"
            + prose("the opening lede", 3)
            + "</p></div><div class='body'>"
            + paragraphs("the story", 8)
            + "</div></div>";
    assertThat(text(page)).contains("the opening lede", "the story part 7");
  }
}
