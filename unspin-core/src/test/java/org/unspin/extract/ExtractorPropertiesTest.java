package org.unspin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.unspin.input.Input;

/** Invariants of extraction on random markup-like text. */
class ExtractorPropertiesTest {
  private final PageExtractor extractor = new PageExtractor();

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "<p>",
            "</p>",
            "<div class='content'>",
            "<div class='sidebar'>",
            "</div>",
            "<a href='u'>",
            "</a>",
            "<br>",
            "[ad_1]",
            "[ad_2]",
            "Source link",
            "Leave a Reply",
            "(Reuters) - ",
            "(Reporting by A; Editing by B)",
            "<script>",
            "</script>",
            "<li>",
            "<h2>",
            "</h2>",
            "The town council met on Tuesday and voted, after a long debate, to repair the bridge. ",
            "\n\n",
            "&amp;",
            "<",
            ">",
            "\"",
            "Latest Post",
            "Share this:");
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 300, seed = "42")
  void neverThrowsAndKeepsParagraphsClean(@ForAll("markup") String html) {
    for (Input in : new Input[] {Input.ofHtml("p.html", html), Input.ofText("p.txt", html)}) {
      Extraction x = extractor.extract(in);
      assertThat(x.note() == null || !x.note().startsWith("extraction failed")).isTrue();
      for (String p : x.article().paragraphs()) {
        assertThat(p).isNotBlank().isEqualTo(p.strip()).doesNotContain("[ad_");
      }
    }
  }
}
