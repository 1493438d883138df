package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AiksaurusThesaurusTest {

  /** words.dat: each word, NUL, its meaning ids, 0xFFFF. */
  private static byte[] words(Object[]... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object[] e : entries) {
      out.writeBytes(((String) e[0]).getBytes(StandardCharsets.ISO_8859_1));
      out.write(0);
      for (int k = 1; k < e.length; k++) {
        u16(out, (Integer) e[k]);
      }
      u16(out, 0xFFFF);
    }
    return out.toByteArray();
  }

  /** meanings.dat: each meaning's word ids (two titles, then the members), 0xFFFF. */
  private static byte[] meanings(int[]... lists) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int[] list : lists) {
      for (int id : list) {
        u16(out, id);
      }
      u16(out, 0xFFFF);
    }
    return out.toByteArray();
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write(v >> 8);
    out.write(v & 0xFF);
  }

  // word ids: 0 dwelling, 1 home, 2 house, 3 Ithaca, 4 place:to:live, 5 family, 6 clan
  private static final byte[] WORDS =
      words(
          new Object[] {"dwelling", 0},
          new Object[] {"home", 0},
          new Object[] {"house", 0, 1},
          new Object[] {"Ithaca", 0},
          new Object[] {"place:to:live", 0},
          new Object[] {"family", 1},
          new Object[] {"clan", 1});

  private static final byte[] MEANINGS =
      meanings(new int[] {1, 0, 0, 1, 2, 3, 4}, new int[] {5, 6, 2, 5, 6});

  @Test
  void relatesTheMembersOfAWordsMeaningsTitlesFirstWithoutNames() {
    AiksaurusThesaurus t = AiksaurusThesaurus.of(WORDS, MEANINGS);
    assertThat(t.related("house"))
        .containsExactly("home", "dwelling", "family", "clan", "place to live");
    assertThat(t.related("place to live")).containsExactly("home", "dwelling", "house");
    assertThat(t.related("ithaca")).isEmpty();
    assertThat(t.related("Ithaca")).isEmpty();
    assertThat(t.related("nowhere")).isEmpty();
    assertThat(t.size()).isEqualTo(6);
    assertThat(t.meanings()).isEqualTo(2);
  }

  @Test
  void rejectsTruncatedOrOutOfRangeFilesWithAOneLineMessage() {
    assertThatThrownBy(
            () -> AiksaurusThesaurus.of(Arrays.copyOf(WORDS, WORDS.length - 1), MEANINGS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("words.dat")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(
            () -> AiksaurusThesaurus.of(WORDS, Arrays.copyOf(MEANINGS, MEANINGS.length - 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meanings.dat");
    assertThatThrownBy(() -> AiksaurusThesaurus.of(WORDS, meanings(new int[] {1, 0, 9})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("word 9 of 7");
    assertThatThrownBy(() -> AiksaurusThesaurus.of(WORDS, meanings(new int[] {1, 0, 0, 1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meaning 1 of 1");
    assertThatThrownBy(() -> AiksaurusThesaurus.of(new byte[0], MEANINGS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMalformedInstallationCountsAsAbsent(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("words.dat"), WORDS);
    Files.write(dir.resolve("meanings.dat"), Arrays.copyOf(MEANINGS, 5));
    String before = System.getProperty(AiksaurusThesaurus.DIR_PROPERTY);
    try {
      System.setProperty(AiksaurusThesaurus.DIR_PROPERTY, dir.toString());
      assertThat(AiksaurusThesaurus.loadInstalled()).isEmpty();
      Files.write(dir.resolve("meanings.dat"), MEANINGS);
      assertThat(AiksaurusThesaurus.loadInstalled()).get().extracting(t -> t.size()).isEqualTo(6);
      System.setProperty(AiksaurusThesaurus.DIR_PROPERTY, dir.resolve("missing").toString());
      assertThat(AiksaurusThesaurus.loadInstalled()).isEmpty();
    } finally {
      if (before == null) {
        System.clearProperty(AiksaurusThesaurus.DIR_PROPERTY);
      } else {
        System.setProperty(AiksaurusThesaurus.DIR_PROPERTY, before);
      }
    }
  }

  @Test
  void debiansDataRelatesCommonSynonymsAndKeepsItsIdsInRange() throws IOException {
    Path dir = AiksaurusThesaurus.DEBIAN_DIR;
    assumeTrue(
        Files.isReadable(dir.resolve("words.dat")),
        "libaiksaurus-1.2-data is not installed: skipped");
    AiksaurusThesaurus t = AiksaurusThesaurus.load(dir);
    assertThat(t.size()).isGreaterThan(20_000);
    assertThat(t.related("house")).contains("home");
    assertThat(t.related("home")).contains("house");
    assertThat(t.related("first")).contains("primary");
    assertThat(t.related("office")).contains("headquarters");
  }
}
