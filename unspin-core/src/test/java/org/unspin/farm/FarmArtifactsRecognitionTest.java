package org.unspin.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.unspin.extract.Extraction;
import org.unspin.extract.PageExtractor;
import org.unspin.input.Input;

/** Farm pages written for these tests, wrapped the way autoblogs wrap copied stories. */
class FarmArtifactsRecognitionTest {
  private final PageExtractor extractor = new PageExtractor();

  private static String resource(String name) {
    try (InputStream in =
        FarmArtifactsRecognitionTest.class.getResourceAsStream("/org/unspin/extract/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Extraction html() {
    return extractor.extract(Input.ofHtml("farm-page.html", resource("farm-page.html")));
  }

  private Extraction text() {
    return extractor.extract(Input.ofText("farm-page.txt", resource("farm-page.txt")));
  }

  @Test
  void reportsAdSlotsInPageOrderAndKeepsThemOutOfTheText() {
    for (Extraction x : new Extraction[] {html(), text()}) {
      assertThat(x.farm().adSlots())
          .extracting(FarmArtifacts.AdSlot::marker)
          .containsExactly("[ad_1]", "[ad_2]");
      assertThat(x.article().text()).doesNotContain("[ad_");
    }
  }

  @Test
  void reportsTheSourceLinkWithItsHref() {
    FarmArtifacts.SourceLink link = html().farm().sourceLink();
    assertThat(link).isNotNull();
    assertThat(link.text()).isEqualTo("Source link");
    assertThat(link.href())
        .isEqualTo("https://news.example.org/world/harbour-town-floating-library-2024-03-18/");
    assertThat(text().farm().sourceLink().href())
        .isEqualTo("https://news.example.org/world/harbour-town-floating-library/");
    assertThat(html().article().text()).doesNotContainIgnoringCase("source link");
    assertThat(text().article().text()).doesNotContainIgnoringCase("source link");
  }

  @Test
  void recognisesTheCommentFormAndDropsItsLines() {
    for (Extraction x : new Extraction[] {html(), text()}) {
      assertThat(x.farm().commentForm()).isTrue();
      assertThat(x.article().text())
          .doesNotContain("Leave a Reply")
          .doesNotContain("email address will not be published");
    }
  }

  @Test
  void reportsTickerRelatedShareAndInBodyWidgetLines() {
    FarmArtifacts farm = html().farm();
    assertThat(farm.widgets())
        .extracting(FarmArtifacts.Widget::kind)
        .contains("ticker", "related", "share", "link");
    String text = html().article().text();
    assertThat(text)
        .doesNotContain("Latest Post")
        .doesNotContain("Markets steady")
        .doesNotContain("Related posts")
        .doesNotContain("Weekly Cartoons");
    assertThat(text().farm().widgets()).extracting(FarmArtifacts.Widget::kind).contains("ticker");
    assertThat(text().article().text()).doesNotContain("Ten gadgets");
  }

  @Test
  void reportsWireCreditsAndCutsTheDatelineOffTheFirstParagraph() {
    for (Extraction x : new Extraction[] {html(), text()}) {
      assertThat(x.farm().wireCredits())
          .extracting(FarmArtifacts.WireCredit::agency)
          .containsOnly("Reuters");
      assertThat(x.farm().wireCredits())
          .extracting(FarmArtifacts.WireCredit::text)
          .contains("PORT ALDER (Reuters) -", "(Reporting by Tomas Ellery; Editing by Mara Quint)");
      assertThat(x.article().paragraphs().get(0)).startsWith("A small harbour town");
      assertThat(x.article().text()).doesNotContain("Reporting by").doesNotContain("(Reuters)");
    }
  }

  @Test
  void keepsTheWholeStory() {
    assertThat(html().article().paragraphs()).hasSize(4);
    assertThat(html().article().title())
        .isEqualTo("Harbour town opens floating library on a converted ferry");
    assertThat(text().article().paragraphs()).hasSize(2);
  }

  @Test
  void findsNoArtifactsOnACleanPage() {
    String html =
        "<html><body><article><h1>Quiet day</h1><p>Nothing much happened in the valley today,"
            + " and the weather stayed mild for the whole afternoon, residents said.</p>"
            + "</article></body></html>";
    assertThat(extractor.extract(Input.ofHtml("clean.html", html)).farm().isEmpty()).isTrue();
  }
}
