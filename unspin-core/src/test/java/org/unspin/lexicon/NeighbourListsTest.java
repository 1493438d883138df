package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each word's followers and predecessors: exact from in-memory counts, the most frequent ones above
 * a least count in the compact model's file, summed over layers.
 */
class NeighbourListsTest {

  private static final List<String> WORDS =
      List.of(
          "the", "old", "harbour", "is", "quiet", "market", "new", "opened", "by", "ferry", "42");

  @Property(tries = 60)
  void inMemoryListsHoldEveryListablePairWithItsCount(@ForAll("texts") List<String> texts) {
    NgramCounts counts = NgramCounts.of(3, texts);
    for (String w : WORDS) {
      assertThat(counts.followers(w, 1000)).isEqualTo(expected(counts, w, true, 1000, 1));
      assertThat(counts.predecessors(w, 1000)).isEqualTo(expected(counts, w, false, 1000, 1));
    }
  }

  @Property(tries = 60)
  void compactListsAreTheMostFrequentPairsAboveTheLeastCount(
      @ForAll("texts") List<String> texts, @ForAll("limits") int limit, @ForAll("mins") int min)
      throws IOException {
    NgramCounts counts = NgramCounts.of(3, texts);
    CompactModel compact = read(counts, new int[] {1, 1, 2}, limit, min);
    assertThat(compact.neighbourLimit()).isEqualTo(limit);
    assertThat(compact.neighbourMin()).isEqualTo(min);
    for (String w : WORDS) {
      for (int ask = 1; ask <= limit + 1; ask++) {
        int shown = Math.min(ask, limit);
        assertThat(compact.followers(w, ask))
            .as("followers of %s, %s asked", w, ask)
            .isEqualTo(expected(counts, w, true, shown, min));
        assertThat(compact.predecessors(w, ask))
            .as("predecessors of %s, %s asked", w, ask)
            .isEqualTo(expected(counts, w, false, shown, min));
      }
    }
  }

  @Property(tries = 40)
  void summedListsCountEachWordInEveryLayer(
      @ForAll("texts") List<String> base, @ForAll("texts") List<String> domain) throws IOException {
    NgramCounts a = NgramCounts.of(3, base);
    NgramCounts b = NgramCounts.of(2, domain);
    LanguageModel sum = LanguageModel.sum(read(a, new int[] {1, 1, 1}, 100, 1), b);
    for (String w : WORDS) {
      List<LanguageModel.Filler> followers = sum.followers(w, 1000);
      for (LanguageModel.Filler f : followers) {
        assertThat(f.count()).isEqualTo(sum.count(List.of(w, f.phrase()))).isPositive();
        assertThat(LanguageModel.listable(f.phrase())).isTrue();
      }
      assertThat(followers).isSortedAccordingTo(IndexedModel.BEST_FIRST);
      List<String> union = new ArrayList<>();
      a.followers(w, 1000).forEach(f -> union.add(f.phrase()));
      b.followers(w, 1000).forEach(f -> union.add(f.phrase()));
      assertThat(phrases(followers))
          .containsExactlyInAnyOrderElementsOf(union.stream().distinct().toList());
    }
  }

  @Test
  void listsLeaveOutFunctionWordsNumbersAndSentenceMarkers() {
    NgramCounts counts =
        NgramCounts.of(2, List.of("The ferry is quiet. The old ferry sailed by 42 harbours."));
    assertThat(phrases(counts.followers("ferry", 10))).containsExactly("sailed");
    assertThat(phrases(counts.predecessors("ferry", 10))).containsExactly("old");
    assertThat(counts.followers("quiet", 10)).isEmpty();
    assertThat(counts.followers("never", 10)).isEmpty();
  }

  @Test
  void inMemoryListsFollowLaterAdditions() {
    NgramCounts counts = NgramCounts.of(2, List.of("The old ferry sailed."));
    assertThat(phrases(counts.followers("old", 10))).hasSize(1);
    counts.add("The old harbour slept. The old harbour woke.");
    assertThat(counts.followers("old", 10))
        .extracting(LanguageModel.Filler::phrase, LanguageModel.Filler::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("harbour", 2L),
            org.assertj.core.groups.Tuple.tuple("ferry", 1L));
  }

  @Test
  void modelWithoutListsListsNothingButCountsAsBefore() throws IOException {
    NgramCounts counts = NgramCounts.of(3, List.of("The old ferry sailed by the old harbour."));
    CompactModel model = read(counts, new int[] {1, 1, 1}, 0, 1);
    assertThat(model.neighbourLimit()).isZero();
    assertThat(model.followers("old", 10)).isEmpty();
    assertThat(model.count("old ferry")).isEqualTo(1);
  }

  @Test
  void sameCountsGiveTheSameBytesWithLists() throws IOException {
    List<String> texts =
        List.of(
            "The old ferry sailed by the old harbour.",
            "The new market opened by the quiet harbour.",
            "The old market is quiet.");
    List<String> reversed = new ArrayList<>(texts);
    Collections.reverse(reversed);
    assertThat(bytes(NgramCounts.of(3, reversed), new int[] {1, 1, 1}, 4, 1))
        .isEqualTo(bytes(NgramCounts.of(3, texts), new int[] {1, 1, 1}, 4, 1));
  }

  @Test
  void builderWritesTheSameFileTwice(@TempDir Path dir) throws IOException {
    Path text = Files.createDirectories(dir.resolve("text"));
    Files.writeString(
        text.resolve("a.txt"),
        "The old ferry sailed by the old harbour. The ferry sailed again.",
        StandardCharsets.UTF_8);
    Files.writeString(
        text.resolve("b.txt"), "A new market opened by the quiet harbour.", StandardCharsets.UTF_8);
    Path first = dir.resolve("first.bin");
    Path second = dir.resolve("second.bin");
    for (Path out : List.of(first, second)) {
      ModelBuilder.main(
          new String[] {
            "--order",
            "3",
            "--min-counts",
            "1,1,1",
            "--neighbours",
            "8",
            "--neighbour-min",
            "1",
            "--text",
            text.toString(),
            "--out",
            out.toString()
          });
    }
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    CompactModel model = CompactModel.load(first);
    assertThat(model.followers("ferry", 5))
        .extracting(LanguageModel.Filler::phrase, LanguageModel.Filler::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sailed", 2L));
    assertThat(phrases(model.predecessors("harbour", 5))).containsExactly("old", "quiet");
  }

  @Test
  void bundledModelListsFollowersAndPredecessors() {
    CompactModel model = Lexicon.bundledModel();
    assertThat(model.neighbourLimit()).isPositive();
    assertThat(phrases(model.followers("united", 5))).contains("states");
    assertThat(phrases(model.predecessors("minister", 10))).contains("prime");
  }

  /**
   * The listable words counted beside {@code w} at least {@code min} times, best first, at most
   * {@code limit}, with the counts {@code counts} gives their pairs (quantised as the compact model
   * stores them).
   */
  private static List<LanguageModel.Filler> expected(
      NgramCounts counts, String w, boolean after, int limit, int min) {
    List<LanguageModel.Filler> out = new ArrayList<>();
    for (String x : WORDS.stream().distinct().toList()) {
      long c = counts.count(after ? List.of(w, x) : List.of(x, w));
      if (c >= min && c > 0 && LanguageModel.listable(x)) {
        out.add(
            new LanguageModel.Filler(
                List.of(x), CompactModel.dequantize(CompactModel.quantize(c))));
      }
    }
    out.sort(IndexedModel.BEST_FIRST);
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private static CompactModel read(NgramCounts counts, int[] minCounts, int limit, int min)
      throws IOException {
    return CompactModel.read(ByteBuffer.wrap(bytes(counts, minCounts, limit, min)));
  }

  private static byte[] bytes(NgramCounts counts, int[] minCounts, int limit, int min)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactModel.write(counts, minCounts, limit, min, out);
    return out.toByteArray();
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return SmallModels.texts(WORDS, 40);
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.integers().between(1, 5);
  }

  @Provide
  Arbitrary<Integer> mins() {
    return Arbitraries.integers().between(1, 3);
  }

  /** The phrases of some fillers, in order. */
  private static List<String> phrases(List<LanguageModel.Filler> fillers) {
    return fillers.stream().map(LanguageModel.Filler::phrase).toList();
  }
}
