package org.unspin.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
  @TempDir Path tmp;

  private Path build() {
    Path dir = tmp.resolve("archive");
    try (ArchiveWriter w = ArchiveWriter.open(dir, ArchiveWriter.Options.defaults())) {
      Stories.documents().forEach(w::add);
    }
    return dir;
  }

  @Test
  void committedStoriesCanBeReadBack() {
    Path dir = build();
    assertThat(Archive.isArchive(dir)).isTrue();
    try (Archive a = Archive.open(dir)) {
      assertThat(a.documents()).isEqualTo(4);
      List<String> texts = new ArrayList<>();
      a.forEachText(texts::add);
      assertThat(texts).contains(Stories.HARVEST);
    }
  }

  @Test
  void theArchivesTextFeedsNgramCounts() {
    try (Archive a = Archive.open(build())) {
      org.unspin.lexicon.NgramCounts counts = a.counts(3);
      assertThat(counts.order()).isEqualTo(3);
      assertThat(counts.tokens()).isGreaterThan(200);
    }
  }

  @Test
  void reindexingTheSameStoriesIsIdempotent() {
    Path dir = build();
    try (ArchiveWriter w = ArchiveWriter.open(dir, ArchiveWriter.Options.defaults())) {
      Stories.documents().forEach(w::add);
      assertThat(w.added()).isEqualTo(4);
    }
    try (Archive a = Archive.open(dir)) {
      assertThat(a.documents()).isEqualTo(4);
    }
  }

  @Test
  void duplicateIdsEmptyAndOversizedStoriesAreSkippedAndCounted() {
    Path dir = tmp.resolve("a");
    try (ArchiveWriter w = ArchiveWriter.open(dir, new ArchiveWriter.Options(10, 1_000, false))) {
      assertThat(w.add(new ArchiveDocument("x", null, null, "Some text here.", null))).isTrue();
      assertThat(w.add(new ArchiveDocument("x", null, null, "Other text.", null))).isFalse();
      assertThat(w.add(new ArchiveDocument("y", null, null, "   ", null))).isFalse();
      assertThat(w.add(new ArchiveDocument("z", null, null, "w ".repeat(1_000), null))).isFalse();
      assertThat(w.skipped())
          .containsEntry("duplicate id", 1L)
          .containsEntry("empty", 1L)
          .containsEntry("too large", 1L);
    }
  }

  @Test
  void aNonEmptyDirectoryThatIsNotAnArchiveIsRefused() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(dir.resolve("holiday.txt"), "not an archive", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArchiveWriter.open(dir, ArchiveWriter.Options.defaults()))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("not an unspin archive");
    assertThatThrownBy(() -> Archive.open(dir))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("not an unspin archive");
  }

  @Test
  void aSecondWriterGetsAClearError() {
    Path dir = tmp.resolve("locked");
    try (ArchiveWriter first = ArchiveWriter.open(dir, ArchiveWriter.Options.defaults())) {
      first.add(Stories.documents().get(0));
      assertThatThrownBy(() -> ArchiveWriter.open(dir, ArchiveWriter.Options.defaults()))
          .isInstanceOf(ArchiveException.class)
          .hasMessageContaining("being written by another process");
    }
  }

  @Test
  void compactingKeepsEveryStory() {
    Path dir = build();
    try (ArchiveWriter w =
        ArchiveWriter.open(dir, new ArchiveWriter.Options(1, 1_000_000, false))) {
      w.add(new ArchiveDocument("extra", null, null, Stories.UNRELATED, null));
      w.compact();
    }
    try (Archive a = Archive.open(dir)) {
      assertThat(a.documents()).isEqualTo(5);
    }
  }
}
