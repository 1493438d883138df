package org.unspin.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
  private static final String POST =
      "---\nID: 1\npost_title: >\n  A title\noriginal_link:\n  - >\n    http://example.org/a?x=1&#038;y=2\n"
          + "canonical_url:\n  - http://example.org/c\n---\n [ad_1]\n<p>Body</p>";

  @Test
  void splitsFrontMatterFromBody() {
    String[] parts = FrontMatter.split(POST);
    assertThat(parts[0]).contains("original_link");
    assertThat(parts[1]).isEqualTo(" [ad_1]\n<p>Body</p>");
  }

  @Test
  void readsFoldedAndInlineListValues() {
    String yaml = FrontMatter.split(POST)[0];
    assertThat(FrontMatter.firstListValue(yaml, "original_link"))
        .isEqualTo("http://example.org/a?x=1&#038;y=2");
    assertThat(FrontMatter.firstListValue(yaml, "canonical_url")).isEqualTo("http://example.org/c");
    assertThat(FrontMatter.firstListValue(yaml, "missing")).isNull();
  }

  @Test
  void aFileWithoutFrontMatterIsAllBody() {
    assertThat(FrontMatter.split("<p>x</p>")).containsExactly("", "<p>x</p>");
  }
}
