package org.unspin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.unspin.input.Input;

/** The rules that decide which parts of a story's container are story, on pages written here. */
class StoryRulesTest {
  private final PageExtractor extractor = new PageExtractor();

  private String text(String body) {
    String html = "<html><head><title>A test page</title></head><body>" + body + "</body></html>";
    return extractor.extract(Input.ofHtml("page.html", html)).article().text();
  }

  private static String prose(String topic, int sentences) {
    return PageExtractorTest.prose(topic, sentences);
  }

  @Test
  void keepsParagraphsThatPageBuildersWrapInWidgets() {
    StringBuilder body = new StringBuilder("<div class='page-builder'>");
    for (String topic : new String[] {"tomatoes", "beans", "onions", "leeks", "kale"}) {
      body.append("<div class='builder-widget widget-text'><div class='widget-container'><p>")
          .append(prose(topic, 1))
          .append("</p></div></div>");
    }
    body.append("</div>");
    assertThat(text(body.toString())).contains("tomatoes", "beans", "onions", "leeks", "kale");
  }

  @Test
  void keepsASecondLayoutsCopyOnceButAnAuthorsRefrains() {
    StringBuilder copy = new StringBuilder();
    for (String topic : new String[] {"roses", "tulips", "daisies"}) {
      copy.append("<p>").append(prose(topic, 2)).append("</p>");
    }
    String twice =
        text("<div class='wide'>" + copy + "</div><div class='narrow'>" + copy + "</div>");
    assertThat(twice.split("roses", -1)).hasSize(2 + 1);
    assertThat(twice).contains("daisies");

    String refrain = "<p>" + prose("the refrain", 2) + "</p>";
    String poem =
        text(
            "<div>"
                + refrain
                + "<p>"
                + prose("verse one", 2)
                + "</p>"
                + refrain
                + "<p>"
                + prose("verse two", 2)
                + "</p>"
                + refrain
                + "</div>");
    assertThat(poem.split("the refrain", -1)).hasSize(2 * 3 + 1);
  }

  @Test
  void keepsCollapsedAccordionPanelsButNotHiddenParagraphs() {
    String body =
        "<article><p>"
            + prose("compost", 3)
            + "</p><button id='h1'>How deep?</button>"
            + "<div role='region' aria-labelledby='h1' style='display:none'><p>"
            + prose("digging depth", 3)
            + "</p></div><p style='display: none'>A hidden sentence nobody should read here.</p>"
            + "</article>";
    assertThat(text(body)).contains("digging depth").doesNotContain("hidden sentence");
  }

  @Test
  void leavesContactFormsOut() {
    String body =
        "<article><p>"
            + prose("mulch", 4)
            + "</p><form><label>First Name</label><input name='f'><label>Email Address</label>"
            + "<input name='e'><p>We will call you back within a day.</p></form></article>";
    assertThat(text(body)).contains("mulch").doesNotContain("First Name", "call you back");
  }

  @Test
  void endsTheStoryAtAnAuthorBoxOrOnwardReading() {
    String story = "<p>" + prose("hedges", 4) + "</p><p>" + prose("lawns", 4) + "</p>";
    String about =
        text(
            "<article>"
                + story
                + "<h3>About the author</h3><p>Pat Example writes about plants.</p></article>");
    assertThat(about).contains("lawns").doesNotContain("About the author", "Pat Example");

    String onward =
        text("<article>" + story + "<h3>Related Posts</h3><p>Ten hedges to plant</p></article>");
    assertThat(onward).contains("lawns").doesNotContain("Related Posts", "Ten hedges");

    String bio =
        text(
            "<article>"
                + story
                + "<p>Jane Example</p><p>Jane Example is a freelance writer who covers gardens"
                + " and parks for regional magazines.</p></article>");
    assertThat(bio).contains("lawns").doesNotContain("freelance writer", "Jane Example");
  }

  @Test
  void aboutHeadingsThatTitleTheStorysOwnSectionsDoNotEndIt() {
    StringBuilder body = new StringBuilder("<article><p>").append(prose("reading", 3));
    for (String book :
        new String[] {"Quiet Rivers", "Salt Roads", "Paper Lanterns", "Iron Bells"}) {
      body.append("</p><h3>About ")
          .append(book)
          .append("</h3><p>")
          .append(prose(book.toLowerCase(Locale.ROOT), 3));
    }
    body.append("</p></article>");
    assertThat(text(body.toString())).contains("About Iron Bells", "iron bells");
  }

  @Test
  void keepsTheLinkListThatAStorySentenceIntroducesButNotABareLabelsLinks() {
    String picks =
        "<article><p>"
            + prose("trowels", 4)
            + "</p><p>Our picks for a first garden:</p><ul><li><a href='/a'>Sturdy Steel Trowel"
            + "</a></li><li><a href='/b'>Ash Handled Hand Fork</a></li></ul><p>"
            + prose("gloves", 4)
            + "</p></article>";
    assertThat(text(picks)).contains("Sturdy Steel Trowel", "Ash Handled Hand Fork", "gloves");

    String more =
        "<article><p>"
            + prose("trowels", 4)
            + "</p><p>More:</p><ul><li><a href='/a'>Ten trowels we tried</a></li><li>"
            + "<a href='/b'>Why forks bend</a></li></ul><p>"
            + prose("gloves", 4)
            + "</p></article>";
    assertThat(text(more)).contains("gloves").doesNotContain("Ten trowels", "Why forks bend");
  }

  @Test
  void aRelatedLinkLabelInsideTheStoryDoesNotEndIt() {
    String body =
        "<article><p>"
            + prose("seeds", 4)
            + "</p><p>Related:</p><p><a href='/a'>Saving seeds</a></p><p>"
            + prose("seedlings", 4)
            + "</p></article>";
    assertThat(text(body)).contains("seedlings");
  }

  @Test
  void takesAlongSiblingSectionsOfTheStory() {
    String body =
        "<main><section class='part'><h2>Spring</h2><p>"
            + prose("spring planting", 3)
            + "</p><p>"
            + prose("spring sowing", 3)
            + "</p></section><section class='part'><h2>Autumn</h2><p>"
            + prose("autumn pruning", 2)
            + "</p><p>"
            + prose("autumn leaves", 2)
            + "</p></section><section class='more'><ul>"
            + "<li><a href='/1'>Another article about something else entirely</a></li>".repeat(40)
            + "</ul><p>A short teaser.</p></section></main>";
    assertThat(text(body))
        .contains("Spring", "spring planting", "Autumn", "autumn leaves")
        .doesNotContain("teaser", "Another article");
  }

  @Test
  void placesStreamedPartsWhereThePageScriptWould() {
    String body =
        "<main><article><h1>Soil</h1><!--$?--><template id='B:0'></template>"
            + "<div>Loading paragraph...</div><!--/$--><p>"
            + prose("clay soil", 2)
            + "</p><div><template id='P:1'></template></div></article></main>"
            + "<footer>Site footer</footer>"
            + "<div hidden id='S:0'><p>"
            + prose("sandy soil", 3)
            + "</p></div><div hidden id='S:1'><p>"
            + prose("loam", 3)
            + "</p></div>";
    String text = text(body);
    assertThat(text).contains("sandy soil", "clay soil", "loam").doesNotContain("Loading");
    assertThat(text.indexOf("sandy soil")).isLessThan(text.indexOf("clay soil"));
    assertThat(text.indexOf("clay soil")).isLessThan(text.indexOf("loam"));
  }

  @Test
  void dropsLinkLabelsStandingAlone() {
    String body =
        "<article><p>"
            + prose("herbs", 4)
            + "</p><p><a href='/h'>Read more »</a></p><p>"
            + prose("spices", 4)
            + "</p><div>Loading paragraph...</div></article>";
    assertThat(text(body)).contains("herbs", "spices").doesNotContain("Read more", "Loading");
  }

  @Test
  void keepsCodeCommentsThatHighlightersMarkAsComments() {
    String body =
        "<article><p>"
            + prose("version control", 4)
            + "</p><pre><code><span class='hljs-comment'># record the garden plan</span>\n"
            + "git commit -m plan\n<span class='token comment'># share it</span>\ngit push"
            + "</code></pre><div class='comments'><p>A reader's comment on the post.</p></div>"
            + "</article>";
    assertThat(text(body))
        .contains("# record the garden plan", "git push", "# share it")
        .doesNotContain("reader's comment");
  }

  @Test
  void leavesAuthorAndDisclaimerBoxesOutEvenWhenClassedLikeTheStory() {
    String body =
        "<div class='entry-content'><p>"
            + prose("pruning roses", 4)
            + "</p><div class='entry-author'><p>"
            + prose("the writer's career in gardening journalism", 2)
            + "</p></div><div class='post-text-disclaimer'><p>"
            + prose("general information that is not professional advice", 2)
            + "</p></div><p>"
            + prose("winter care", 4)
            + "</p></div>";
    assertThat(text(body))
        .contains("pruning roses", "winter care")
        .doesNotContain("gardening journalism", "professional advice");
  }

  @Test
  void keepsAStoryWhoseOwnBoxIsClassedAfterItsAuthor() {
    StringBuilder story = new StringBuilder("<div class='post author-jane-doe'>");
    for (String topic : new String[] {"seed saving", "drying beans", "storing jars"}) {
      story.append("<p>").append(prose(topic, 4)).append("</p>");
    }
    story.append("</div>");
    assertThat(text(story.toString())).contains("seed saving", "drying beans", "storing jars");
  }

  @Test
  void leavesCallToActionBoxesOut() {
    String body =
        "<article><p>"
            + prose("rain barrels", 4)
            + "</p><div class='inline-cta'><p>Ready to start? Book a free consultation with our"
            + " team of water experts today.</p></div><p>"
            + prose("overflow pipes", 4)
            + "</p></article>";
    assertThat(text(body))
        .contains("rain barrels", "overflow pipes")
        .doesNotContain("consultation");
  }

  @Test
  void dropsDatesStandingAloneButNotDatesInTables() {
    String body =
        "<article><p>Published on March 3, 2024 | 5 min</p><p>"
            + prose("greenhouse heating", 4)
            + "</p><table><tr><th>Date</th><th>Low</th></tr><tr><td>3/1/2024</td><td>4 degrees"
            + " at dawn</td></tr></table><p>"
            + prose("ventilation", 4)
            + "</p></article>";
    String text = text(body);
    assertThat(text).doesNotContain("Published on").contains("3/1/2024", "greenhouse heating");
  }

  @Test
  void keepsHeadingsThatATableOfContentsPluginMarks() {
    String body =
        "<article><p>"
            + prose("soil testing", 4)
            + "</p><h2 class='wp-block-heading toc'>Reading the results</h2><p>"
            + prose("acidity levels", 4)
            + "</p></article>";
    assertThat(text(body)).contains("Reading the results", "acidity levels");
  }

  @Test
  void keepsTheSectionsATableOfContentsLinksToButDropsTheTableItself() {
    String body =
        "<div class='story'><p>"
            + prose("compost heaps", 4)
            + "</p><div class='toc'><ul><li><a href='#toc_turning'>Turning the heap</a></li>"
            + "<li><a href='#toc_watering'>Watering the heap</a></li></ul></div>"
            + "<div id='toc_turning'><h2>Turning the heap</h2><p>"
            + prose("turning with a fork", 3)
            + "</p></div><div id='toc_watering'><h2>Watering the heap</h2><p>"
            + prose("a damp sponge", 3)
            + "</p></div><p>"
            + prose("finished compost", 4)
            + "</p></div>";
    String text = text(body);
    assertThat(text).contains("turning with a fork", "a damp sponge", "finished compost");
    assertThat(text.split("Turning the heap", -1)).hasSize(2);
  }

  @Test
  void keepsARoundUpsReviewsBesideItsIntroductionThoughTheirHeadingsLinkToAShop() {
    StringBuilder reviews = new StringBuilder("<div class='reviews'>");
    for (String product : new String[] {"Spade One", "Spade Two", "Spade Three"}) {
      reviews
          .append("<div class='item'><h3><a href='https://shop.example/item'>")
          .append(product)
          .append("</a></h3><p>")
          .append(prose(product + " handle", 6))
          .append("</p></div>");
    }
    reviews.append("</div>");
    String body =
        "<div class='page'><div class='article-content'><p>"
            + prose("choosing a garden spade", 5)
            + "</p><p>"
            + prose("steel blades", 5)
            + "</p><p>"
            + prose("wooden shafts", 5)
            + "</p></div>"
            + reviews
            + "</div>";
    assertThat(text(body)).contains("choosing a garden spade", "Spade Two handle");
  }

  @Test
  void repairsAPageWhoseUtf8WasReadAsLatin1() {
    String mangled =
        new String(
            ("<article><p>It’s the gardener’s café — a “secret” place. "
                    + prose("greenhouse tomatoes", 4)
                    + "</p></article>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(text(mangled)).contains("It’s the gardener’s café — a “secret” place.");
  }

  @Test
  void keepsHeadingsWhoseOnlyLinkIsTheirOwnAnchor() {
    String body =
        "<article><p>"
            + prose("raised beds", 4)
            + "</p><h2 id='watering'><a href='#watering'>Watering basics</a></h2><p>"
            + prose("watering", 2)
            + "</p><h2 id='pruning'><a href='#pruning'>Pruning in spring</a></h2><p>"
            + prose("pruning", 2)
            + "</p></article>";
    assertThat(text(body)).contains("Watering basics", "Pruning in spring");
  }

  @Test
  void keepsHeadingsClassedLikeTheirBoxButNotBylines() {
    String body =
        "<article><h3 class='post-byline'>By Jo Gardener, staff writer</h3><p>"
            + prose("seed trays", 4)
            + "</p><h2 class='section-header'>Hardening off seedlings</h2><p>"
            + prose("cold frames", 4)
            + "</p><h2 class='card-title'>Planting out after frost</h2><p>"
            + prose("planting out", 4)
            + "</p></article>";
    assertThat(text(body))
        .contains("Hardening off seedlings", "Planting out after frost")
        .doesNotContain("Jo Gardener");
  }

  @Test
  void readsAHeadingsIdAsTheSlugOfItsTextNotAsAChromeMark() {
    String body =
        "<article><p>"
            + prose("a glut of courgettes", 4)
            + "</p><h2 id='share-the-harvest-with-neighbours'>Share the harvest with neighbours</h2>"
            + "<p>"
            + prose("swapping vegetables", 4)
            + "</p></article>";
    assertThat(text(body)).contains("Share the harvest with neighbours");
  }

  @Test
  void keepsLinkedHeadingsThatTitleSectionsButNotTeasersWithCutExcerpts() {
    StringBuilder body = new StringBuilder("<article><p>").append(prose("best trowels", 4));
    body.append("</p>");
    for (String product : new String[] {"1. Trowel Alpha", "2. Trowel Beta"}) {
      body.append("<h2><a href='https://shop.example/trowel'>")
          .append(product)
          .append("</a></h2><p>")
          .append(prose(product.substring(3) + " grip", 4))
          .append("</p>");
    }
    for (String fair : new String[] {"Spring Seed Swap", "Autumn Bulb Fair"}) {
      body.append("<h3><a href='/events/fair'>")
          .append(fair)
          .append("</a></h3><p>Held in the village hall, free entry.</p>");
    }
    body.append("<h2>Caring for trowels</h2><p>")
        .append(prose("caring for trowels", 4))
        .append("</p>")
        .append("<h3><a href='/another-story'>Our favourite watering cans</a></h3>")
        .append("<p>We tried twelve cans over a summer and one of them leaked from the…</p>")
        .append("<h3><a href='/yet-another-story'>Kneelers for the long weeding days</a></h3>")
        .append("<p>A good kneeler saves the knees, and the best ones fold flat...</p>")
        .append("<h3><a href='/a-third-story'>Sheds</a></h3>")
        .append("<h3><a href='/a-fourth-story'>Greenhouses</a></h3></article>");
    assertThat(text(body.toString()))
        .contains("1. Trowel Alpha", "2. Trowel Beta", "caring for trowels")
        .contains("Spring Seed Swap", "Autumn Bulb Fair")
        .doesNotContain("Our favourite watering cans", "Kneelers for the long weeding days")
        .doesNotContain("Sheds", "Greenhouses");
  }

  @Test
  void keepsAListOfLinksInsideTheStoryButNotOneAfterItsLastParagraph() {
    String body =
        "<article><p>"
            + prose("pond liners", 4)
            + "</p><ul><li><a href='/liners/rubber'>Rubber pond liners</a></li>"
            + "<li><a href='/liners/clay'>Puddled clay linings</a></li></ul><p>"
            + prose("pond pumps", 4)
            + "</p><ul><li><a href='/more/ponds'>Wildlife ponds for small gardens</a></li>"
            + "<li><a href='/more/fountains'>Solar fountains we tested</a></li></ul></article>";
    assertThat(text(body))
        .contains("Rubber pond liners", "Puddled clay linings", "pond pumps")
        .doesNotContain("Wildlife ponds for small gardens", "Solar fountains we tested");
  }

  @Test
  void keepsBoxesWhoseLabelIsHiddenOrWhoseOverflowIsClippedButNotHiddenBoxes() {
    String body =
        "<article><p>"
            + prose("raised beds", 4)
            + "</p><div class='field field--name-answer field--label-hidden'><p>Yes, cedar"
            + " lasts about ten years in a raised bed without any treatment.</p></div>"
            + "<div class='col-span-2 overflow-hidden'><p>Line the bottom with cardboard to"
            + " keep the weeds down.</p></div><p>"
            + prose("compost", 4)
            + "</p><div class='hidden'><p>Subscribe to our weekly gardening letter.</p></div>"
            + "</article>";
    assertThat(text(body))
        .contains("cedar lasts about ten years", "Line the bottom with cardboard", "compost")
        .doesNotContain("Subscribe");
  }

  @Test
  void endsTheStoryAtItsOnlyRuleDrawnInTextButNotAtSceneBreaks() {
    String story =
        "<p>"
            + prose("pruning apple trees", 4)
            + "</p><p>"
            + prose("winter cuts", 4)
            + "</p><p>"
            + prose("sealing wounds", 4)
            + "</p>";
    String tail = "<p>Photo sources: a hundred orchard photographers, used with thanks.</p>";
    for (String rule : new String[] {"###", "----------", "\u2013 \u2013 \u2013 \u2013"}) {
      String ended = text("<article>" + story + "<p>" + rule + "</p>" + tail + "</article>");
      assertThat(ended).contains("sealing wounds").doesNotContain("Photo sources", rule);
    }
    // A dinkus divides scenes; rules that recur divide sections.
    String scenes = text("<article>" + story + "<p>* * *</p>" + tail + "</article>");
    assertThat(scenes).contains("Photo sources");
    String sections =
        text(
            "<article><p>"
                + prose("grafting", 4)
                + "</p><p>###</p>"
                + story
                + "<p>###</p>"
                + tail
                + "</article>");
    assertThat(sections).contains("pruning apple trees", "Photo sources");
  }

  @Test
  void dropsTheAppealsAndNoticesThatCloseAPost() {
    String story =
        "<p>" + prose("sourdough starters", 4) + "</p><p>" + prose("proofing times", 4) + "</p>";
    String closing =
        "<p>If you enjoyed this bake, a small gift keeps the oven warm: donate to the blog.</p>"
            + "<p>Some links above are affiliate links that pay us a little.</p>"
            + "<p>Like Loading\u2026</p>";
    String text = text("<article>" + story + closing + "</article>");
    assertThat(text).contains("proofing times").doesNotContain("donate", "affiliate", "Loading");
    // The same words inside the story stay.
    String inside = text("<article>" + closing + story + "</article>");
    assertThat(inside).contains("donate to the blog", "proofing times");
  }

  @Test
  void dropsTheAuthorsNoteOfAnExpertAfterTheStory() {
    String story =
        "<p>"
            + prose("soil drainage", 4)
            + "</p><p>"
            + prose("raised beds", 4)
            + "</p><p>"
            + prose("clay soils", 4)
            + "</p>";
    String[] notes = {
      "(Marta Quill is an Associate Professor of Soil Science at a college in the hills.)",
      "Oren Vale is the garden director at a city park and grows beans on his balcony."
    };
    for (String note : notes) {
      String text = text("<article>" + story + "<p>" + note + "</p></article>");
      assertThat(text).contains("clay soils").doesNotContain(note.substring(1, 11));
    }
  }

  @Test
  void endsTheStoryAtALongerTitleOfWhatToReadNext() {
    String story =
        "<p>"
            + prose("hedge laying", 4)
            + "</p><p>"
            + prose("hawthorn stems", 4)
            + "</p><p>"
            + prose("binding the top", 4)
            + "</p>";
    String[] titles = {
      "More Hedge Guides You Might Enjoy", "Other Countryside Posts", "Explore more crafts"
    };
    for (String title : titles) {
      String text =
          text(
              "<article>"
                  + story
                  + "<h3>"
                  + title
                  + "</h3><p>A short note on dry stone walls for the weekend.</p></article>");
      assertThat(text).contains("binding the top").doesNotContain(title, "dry stone walls");
    }
  }

  @Test
  void keepsACalloutBetweenParagraphsButNotAPullQuoteOrALinkedAside() {
    String quoted = "Nobody told us the cold frame would need opening every single morning.";
    String callout =
        "<aside class='box'><p><strong>Not every frame is the same.</strong> Glass frames hold"
            + " the heat of the afternoon longer than plastic ones, brick bases keep frost out"
            + " better than timber, and a frame against a south wall warms a week earlier in"
            + " spring than one standing in the open garden.</p></aside>";
    String pullQuote = "<aside class='quote'><p>" + quoted + "</p></aside>";
    String linked =
        "<aside><p><a href='/greenhouses'>Read our long guide to heated greenhouses, lean-to"
            + " greenhouses, polytunnels and the best glazing for every kind of garden"
            + " through the whole of the year</a> and more.</p></aside>";
    String text =
        text(
            "<article><p>"
                + prose("cold frames", 4)
                + "</p>"
                + callout
                + "<p>"
                + prose("hardening off", 4)
                + " "
                + quoted
                + "</p>"
                + pullQuote
                + "<p>"
                + prose("seedlings", 4)
                + "</p>"
                + linked
                + "<p>"
                + prose("watering", 4)
                + "</p></article>");
    assertThat(text).contains("brick bases keep frost out", "seedlings", "watering");
    assertThat(text.split("opening every single morning", -1)).hasSize(2);
    assertThat(text).doesNotContain("heated greenhouses");
  }
}
