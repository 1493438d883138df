package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactModelTest {

  private static final List<String> TEXTS =
      List.of(
          "The meeting was delayed due to bad weather.",
          "The flight was delayed due to fog. The game was cancelled because of rain.",
          "The match was delayed because of rain.",
          "Prices rose more and more each year. The meeting was delayed due to snow.");

  @Test
  void keepsEveryCountAndFillerOfTheCountsItWasBuiltFrom() throws IOException {
    NgramCounts counts = NgramCounts.of(4, TEXTS);
    CompactModel model = CompactModel.read(ByteBuffer.wrap(bytes(counts, new int[] {1, 1, 1, 1})));
    counts.forEach((gram, c) -> assertThat(model.count(gram)).as("%s", gram).isEqualTo(c));
    assertThat(model.size()).isEqualTo(counts.size());
    assertThat(model.tokens()).isEqualTo(counts.tokens());
    assertThat(model.order()).isEqualTo(4);
    assertThat(model.count("never seen")).isZero();
    for (List<String> left : List.of(List.of("was"), List.of("meeting", "was"), List.of("the"))) {
      for (List<String> right :
          List.of(List.of("due"), List.of("because", "of"), List.of("was"), List.of("</s>"))) {
        for (int limit = 1; limit <= 10; limit++) {
          assertThat(model.fillers(left, right, 2, limit))
              .as("%s _ %s, limit %s", left, right, limit)
              .isEqualTo(counts.fillers(left, right, 2, limit));
        }
      }
    }
  }

  @Test
  void prunesRareNgramsByOrder() throws IOException {
    NgramCounts counts = NgramCounts.of(3, TEXTS);
    CompactModel model = CompactModel.read(ByteBuffer.wrap(bytes(counts, new int[] {1, 2, 2})));
    assertThat(model.count("prices")).isEqualTo(1);
    assertThat(model.count("prices rose")).isZero();
    assertThat(model.count("was delayed")).isEqualTo(4);
    assertThat(model.count("was delayed due")).isEqualTo(3);
    assertThat(model.minCounts()).containsExactly(1, 2, 2);
  }

  @Test
  void sameCountsGiveTheSameBytesWhateverTheOrderTheyWereAdded() throws IOException {
    List<String> shuffled = new ArrayList<>(TEXTS);
    Collections.reverse(shuffled);
    int[] min = {1, 1, 2};
    assertThat(bytes(NgramCounts.of(3, shuffled), min))
        .isEqualTo(bytes(NgramCounts.of(3, TEXTS), min));
  }

  @Test
  void quantisedCountsStayWithinFourPercent() {
    for (long c = 0; c < 5_000_000; c = c < 200 ? c + 1 : c * 11 / 10) {
      long back = CompactModel.dequantize(CompactModel.quantize(c));
      assertThat((double) Math.abs(back - c)).isLessThanOrEqualTo(Math.max(0, c * 0.04));
    }
  }

  @Test
  void rejectsDataThatIsNotAModel() {
    assertThatThrownBy(() -> CompactModel.read(ByteBuffer.wrap(new byte[] {1, 2, 3})))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompactModel.read(ByteBuffer.wrap(new byte[64])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bundledModelKnowsCommonEnglish() {
    CompactModel model = Lexicon.bundledModel();
    assertThat(model.order()).isEqualTo(5);
    assertThat(model.tokens()).isGreaterThan(2_000_000);
    assertThat(model.count("of the")).isGreaterThan(10_000);
    assertThat(model.count("the of")).isLessThan(model.count("of the") / 100);
    assertThat(model.fillers(List.of("united"), List.of("of", "america"), 1, 5))
        .extracting(LanguageModel.Filler::phrase)
        .startsWith("states");
  }

  private static byte[] bytes(NgramCounts counts, int[] min) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactModel.write(counts, min, out);
    return out.toByteArray();
  }
}
