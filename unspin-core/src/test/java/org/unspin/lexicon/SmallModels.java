package org.unspin.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Small models and texts for the property tests of the lexicon package. */
final class SmallModels {
  private SmallModels() {}

  /** {@code counts} written as a compact model with these minimum counts per order, and read. */
  static CompactModel compact(NgramCounts counts, int[] min) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactModel.write(counts, min, out);
    return CompactModel.read(ByteBuffer.wrap(out.toByteArray()));
  }

  /** One to four texts of 2–30 words drawn from {@code words}. */
  static Arbitrary<List<String>> texts(List<String> words) {
    return texts(words, 30);
  }

  /** One to four texts of 2 to {@code maxWords} words drawn from {@code words}. */
  static Arbitrary<List<String>> texts(List<String> words, int maxWords) {
    return Arbitraries.of(words)
        .list()
        .ofMinSize(2)
        .ofMaxSize(maxWords)
        .map(ws -> String.join(" ", ws))
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }
}
