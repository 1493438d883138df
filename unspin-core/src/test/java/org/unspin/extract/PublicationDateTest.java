package org.unspin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.input.Input;

class PublicationDateTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-11-27|2026-11-27",
        "2026-11-27T09:30:00+01:00|2026-11-27T09:30:00+01:00",
        "2026-11-27T09:30:00.123Z|2026-11-27T09:30:00Z",
        "2026-11-27 09:30|2026-11-27T09:30:00",
        "2026-11-27T09:30:00+0100|2026-11-27T09:30:00+01:00",
        "2026-11-27T09:30:00+00:00|2026-11-27T09:30:00Z",
        "2026-1-7|2026-01-07",
        "2026/11/27|2026-11-27",
        "20261127|2026-11-27",
        "'Fri, 27 Nov 2026 09:30:00 GMT'|2026-11-27T09:30:00Z",
        "'November 27, 2026'|2026-11-27",
        "'Nov. 27th, 2026'|2026-11-27",
        "27 November 2026|2026-11-27",
        "'Friday, November 27, 2026'|2026-11-27",
      })
  void writesDatesAsIso8601(String raw, String iso) {
    assertThat(PublicationDate.normalise(raw)).isEqualTo(iso);
  }

  @Test
  void keepsTextItCannotReadAsWritten() {
    assertThat(PublicationDate.normalise("  last Tuesday ")).isEqualTo("last Tuesday");
    assertThat(PublicationDate.normalise("2026-13-45")).isEqualTo("2026-13-45");
    assertThat(PublicationDate.normalise("  ")).isNull();
    assertThat(PublicationDate.normalise(null)).isNull();
  }

  @Test
  void theExtractorReportsTheMetaDateInIso8601() {
    String html =
        "<html><head><meta property='article:published_time' content='2026-11-27T08:00:00+00:00'>"
            + "</head><body><article><p>"
            + "A paragraph long enough to be the story of this small page, written for the test. "
                .repeat(5)
            + "</p></article></body></html>";
    Extraction x = new PageExtractor().extract(Input.ofHtml("t", html));
    assertThat(x.article().date()).isEqualTo("2026-11-27T08:00:00Z");
  }

  @Test
  void theExtractorReadsAWrittenOutTimeElement() {
    String html =
        "<html><body><article><time datetime='November 3, 2025'>3 Nov</time><p>"
            + "Another paragraph that stands in for a story on a page without meta tags at all. "
                .repeat(5)
            + "</p></article></body></html>";
    Extraction x = new PageExtractor().extract(Input.ofHtml("t", html));
    assertThat(x.article().date()).isEqualTo("2025-11-03");
  }

  @Property
  void neverThrowsAndNeverReturnsBlank(@ForAll String raw) {
    String out = PublicationDate.normalise(raw);
    assertThat(out == null || !out.isBlank()).isTrue();
  }
}
