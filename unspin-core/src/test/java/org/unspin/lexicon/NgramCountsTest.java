package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramCountsTest {

  private static final List<String> TEXTS =
      List.of(
          "The meeting was delayed due to bad weather.",
          "The flight was delayed due to fog. The game was cancelled because of rain.",
          "The match was delayed because of rain.",
          "Prices rose more and more each year.");

  @Test
  void countsNgramsOfEveryOrderWithSentenceMarkers() {
    NgramCounts counts = NgramCounts.of(4, TEXTS);
    assertThat(counts.count("was delayed")).isEqualTo(3);
    assertThat(counts.count("delayed due to")).isEqualTo(2);
    assertThat(counts.count("<s> the")).isEqualTo(4);
    assertThat(counts.count("year </s>")).isEqualTo(1);
    assertThat(counts.count("the")).isEqualTo(4);
    assertThat(counts.count("unseen words")).isZero();
    assertThat(counts.count("the meeting was delayed due")).isZero();
    assertThat(counts.tokens()).isEqualTo(36);
  }

  @Test
  void fillsBlanksWithOneAndTwoWordPhrasesMostFrequentFirst() {
    NgramCounts counts = NgramCounts.of(4, TEXTS);
    List<LanguageModel.Filler> fillers = counts.fillers(List.of("was"), List.of("due"), 2, 10);
    assertThat(fillers).extracting(LanguageModel.Filler::phrase).containsExactly("delayed");
    assertThat(fillers.get(0).count()).isEqualTo(2);

    List<String> two = phrases(counts.fillers(List.of("delayed"), List.of("bad"), 2, 10));
    assertThat(two).containsExactly("due to");

    List<String> afterDelayed = phrases(counts.fillers(List.of("delayed"), List.of("rain"), 2, 10));
    assertThat(afterDelayed).containsExactly("because of");
  }

  @Test
  void longerContextNarrowsTheFillers() {
    NgramCounts counts = NgramCounts.of(4, TEXTS);
    assertThat(phrases(counts.fillers(List.of("was"), List.of("because"), 1, 10)))
        .containsExactly("cancelled", "delayed");
    assertThat(phrases(counts.fillers(List.of("match", "was"), List.of("because"), 1, 10)))
        .containsExactly("delayed");
  }

  @Test
  void sentenceMarkersServeAsContextAtSentenceEdges() {
    NgramCounts counts = NgramCounts.of(3, TEXTS);
    assertThat(phrases(counts.fillers(List.of("<s>"), List.of("meeting"), 1, 10)))
        .containsExactly("the");
    assertThat(phrases(counts.fillers(List.of("each"), List.of("</s>"), 1, 10)))
        .containsExactly("year");
  }

  @Test
  void summedModelsAddTheirCounts() {
    NgramCounts base = NgramCounts.of(4, TEXTS.subList(0, 2));
    NgramCounts extra = NgramCounts.of(3, TEXTS.subList(2, 4));
    LanguageModel sum = LanguageModel.sum(base, extra);
    assertThat(sum.count("was delayed")).isEqualTo(3);
    assertThat(sum.tokens()).isEqualTo(base.tokens() + extra.tokens());
    assertThat(sum.order()).isEqualTo(4);
    List<LanguageModel.Filler> fillers = sum.fillers(List.of("was"), List.of("because"), 1, 10);
    assertThat(fillers)
        .extracting(LanguageModel.Filler::phrase, LanguageModel.Filler::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cancelled", 1L),
            org.assertj.core.groups.Tuple.tuple("delayed", 1L));
  }

  @Test
  void forEachVisitsEveryDistinctNgramOnce() {
    NgramCounts counts = NgramCounts.of(2, List.of("a b a b"));
    List<String> seen = new ArrayList<>();
    counts.forEach((words, c) -> seen.add(String.join(" ", words) + "=" + c));
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "<s>=1", "a=2", "b=2", "</s>=1", "<s> a=1", "a b=2", "b a=1", "b </s>=1");
    assertThat(counts.size()).isEqualTo(8);
  }

  @Test
  void rejectsBadArguments() {
    NgramCounts counts = new NgramCounts(3);
    assertThatThrownBy(() -> new NgramCounts(6)).hasMessageContaining("6");
    assertThatThrownBy(() -> counts.fillers(List.of("a"), List.of(), 1, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> counts.fillers(List.of("a"), List.of("b"), 3, 5))
        .hasMessageContaining("3");
  }

  private static List<String> phrases(List<LanguageModel.Filler> fillers) {
    return fillers.stream().map(LanguageModel.Filler::phrase).toList();
  }
}
