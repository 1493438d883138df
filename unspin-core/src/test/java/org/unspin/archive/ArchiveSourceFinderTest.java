package org.unspin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.Unspin;
import org.unspin.UnspinOptions;
import org.unspin.input.Input;
import org.unspin.report.Report;
import org.unspin.spin.FarmPage;

class ArchiveSourceFinderTest {
  @TempDir Path tmp;
  private Path dir;
  private Archive archive;
  private ArchiveSourceFinder finder;

  @BeforeEach
  void build() {
    dir = tmp.resolve("archive");
    try (ArchiveWriter w = ArchiveWriter.open(dir, ArchiveWriter.Options.defaults())) {
      Stories.documents().forEach(w::add);
    }
    archive = Archive.open(dir);
    finder =
        new ArchiveSourceFinder(archive, ArchiveSourceFinder.Options.defaults().withLearn(false));
  }

  @AfterEach
  void close() {
    archive.close();
  }

  @Test
  void findsTheSourceOfASpunCopyWithItsSubstitutions() {
    SourceFinder.Result r = finder.find(Stories.BRIDGE_SPUN);
    assertThat(r.match()).isNotNull();
    assertThat(r.match().id()).isEqualTo("bridge");
    assertThat(r.match().url()).isEqualTo("https://news.example/bridge");
    assertThat(r.documents()).isEqualTo(4);
    assertThat(r.match().substitutions())
        .extracting(SourceMatch.Substitution::copyText, SourceMatch.Substitution::sourceText)
        .contains(
            org.assertj.core.groups.Tuple.tuple("metropolis", "city"),
            org.assertj.core.groups.Tuple.tuple("stated", "said"),
            org.assertj.core.groups.Tuple.tuple("shut final yr", "closed last year"));
    for (SourceMatch.Substitution s : r.match().substitutions()) {
      assertThat(Stories.BRIDGE_SPUN.substring(s.copyStart(), s.copyEnd())).isEqualTo(s.copyText());
      assertThat(Stories.BRIDGE.substring(s.sourceStart(), s.sourceEnd()))
          .isEqualTo(s.sourceText());
    }
    assertThat(r.match().restore(Stories.BRIDGE_SPUN)).isEqualTo(Stories.BRIDGE);
  }

  @Test
  void findsTheSourceOfAPartialCopy() {
    String firstHalf = Stories.BRIDGE_SPUN.substring(0, Stories.BRIDGE_SPUN.indexOf("Native"));
    assertThat(finder.find(firstHalf).match().id()).isEqualTo("bridge");
  }

  @Test
  void findsTheSourceOfACopyWithParagraphsDropped() {
    String[] paras = Stories.BRIDGE_SPUN.split("\n\n");
    String cut = paras[0] + "\n\n" + paras[2] + "\n\n" + paras[3];
    assertThat(finder.find(cut).match().id()).isEqualTo("bridge");
  }

  @Test
  void aLookAlikeStoryWithOtherFiguresIsNotTheSource() {
    // The same announcement about another year's harvest: same wording, other figures.
    String otherYear =
        Stories.HARVEST
            .replace("7.2 million", "6.4 million")
            .replace("8.9 million", "7.5 million")
            .replace("15 percent", "22 percent");
    SourceFinder.Result r = finder.find(otherYear);
    assertThat(r.match()).isNull();
    assertThat(finder.find(Stories.HARVEST).match().id()).isEqualTo("harvest");
  }

  @Test
  void aFewWordsAreNotEnoughToNameASource() {
    assertThat(finder.find("Mayor Helen Oduya").match()).isNull();
  }

  @Test
  void saysNoSourceForAStoryNotInTheArchive() {
    SourceFinder.Result r = finder.find(Stories.UNRELATED);
    assertThat(r.match()).isNull();
    assertThat(r.bestScore()).isLessThan(ArchiveSourceFinder.Options.defaults().threshold());
    assertThat(r.documents()).isEqualTo(4);
  }

  @Test
  void checkReportsTheSourceOfAFarmWrappedCopyAndRestoresItsWording() {
    archive.close();
    Unspin unspin = Unspin.create(UnspinOptions.defaults().withArchive(dir));
    Report report =
        unspin.check(Input.ofHtml("farm.html", FarmPage.wrap(Stories.BRIDGE_SPUN, null, 3)));
    assertThat(report.source()).isNotNull();
    assertThat(report.source().id()).isEqualTo("bridge");
    assertThat(report.sourceSearch().documents()).isEqualTo(4);
    assertThat(report.restoredText()).contains("on a new bridge across the Alder river");
    archive = Archive.open(dir);
    assertThat(archive.spins().originalsOf("metropolis"))
        .extracting(org.unspin.detect.KnownSpins.Original::phrase)
        .containsExactly("city");
  }

  @Test
  void checkingTheSameCopyTwiceLearnsItsSubstitutionsOnce() {
    archive.close();
    Unspin unspin = Unspin.create(UnspinOptions.defaults().withArchive(dir));
    Input page = Input.ofHtml("farm.html", FarmPage.wrap(Stories.BRIDGE_SPUN, null, 3));
    unspin.check(page);
    unspin.check(page);
    archive = Archive.open(dir);
    assertThat(archive.spins().originalsOf("metropolis"))
        .extracting(org.unspin.detect.KnownSpins.Original::count)
        .containsExactly(1L);
  }
}
