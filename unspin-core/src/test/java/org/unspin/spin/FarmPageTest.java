package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FarmPageTest {

  private static final String STORY =
      "Harbour plan put on hold\n\nThe council stated on Tuesday that the vote will wait."
          + "\n\nThe mayor stated the plan works for everyone & more.";

  @Test
  void wrapsTheStoryInFarmChrome() {
    Document page = Jsoup.parse(FarmPage.wrap(STORY, "https://news.example.org/a", 1));
    assertThat(page.select("h1").text()).isEqualTo("Harbour plan put on hold");
    assertThat(page.select(".entry-content p").eachText())
        .containsExactly(
            "[ad_1]",
            "The council stated on Tuesday that the vote will wait.",
            "The mayor stated the plan works for everyone & more.",
            "[ad_2]",
            "Source link");
    assertThat(page.select("a:contains(Source link)").attr("href"))
        .isEqualTo("https://news.example.org/a");
    assertThat(page.text()).contains("Latest Post", "Leave a Reply", "Related Posts");
    assertThat(page.select("form textarea[name=comment]")).hasSize(1);
  }

  @Test
  void usesAPlaceholderSourceAndAGenericTitleWhenNoneIsGiven() {
    Document page = Jsoup.parse(FarmPage.wrap("Just one sentence of story.", null, 2));
    assertThat(page.select("a:contains(Source link)").attr("href"))
        .isEqualTo(FarmPage.PLACEHOLDER_SOURCE);
    assertThat(page.select(".entry-content p").eachText()).contains("Just one sentence of story.");
  }

  @Test
  void sameSeedSameTicker() {
    assertThat(FarmPage.wrap(STORY, null, 9)).isEqualTo(FarmPage.wrap(STORY, null, 9));
  }
}
