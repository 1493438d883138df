package org.unspin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.detect.KnownSpins;

class SpinDictionaryTest {
  @TempDir Path tmp;

  @Test
  void learnedPairsSurviveSavingAndMergeWithOtherWriters() throws Exception {
    Path file = tmp.resolve("spins.tsv");
    SpinDictionary a = SpinDictionary.load(file);
    SpinDictionary b = SpinDictionary.load(file);
    a.learn("said", "stated");
    a.learn("said", "stated");
    b.learn("said", "told");
    b.learn("due to", "because of");
    a.save();
    b.save();
    SpinDictionary merged = SpinDictionary.load(file);
    assertThat(merged.originalsOf("stated")).containsExactly(new KnownSpins.Original("said", 2));
    assertThat(merged.originalsOf("because of"))
        .containsExactly(new KnownSpins.Original("due to", 1));
    assertThat(merged.pairs()).hasSize(3);
    a.save();
    assertThat(SpinDictionary.load(file).originalsOf("stated").get(0).count()).isEqualTo(2);
  }

  @Test
  void mostFrequentOriginalComesFirst() throws Exception {
    SpinDictionary d = SpinDictionary.load(tmp.resolve("none.tsv"));
    d.learn("firm", "company");
    d.learn("business", "company");
    d.learn("business", "company");
    assertThat(d.originalsOf("company"))
        .extracting(KnownSpins.Original::phrase)
        .containsExactly("business", "firm");
    assertThat(d.originalsOf("never seen")).isEmpty();
  }

  @Test
  void emptyOrIdenticalPairsAreNotLearned() throws Exception {
    SpinDictionary d = SpinDictionary.load(tmp.resolve("x.tsv"));
    d.learn("", "x");
    d.learn("same", "same");
    d.learn("tab\there", "x");
    assertThat(d.pairs()).isEmpty();
  }

  @Test
  void aCopyIsLearnedFromOnlyOnceAcrossSaves() throws Exception {
    Path file = tmp.resolve("spins.tsv");
    SpinDictionary d = SpinDictionary.load(file);
    assertThat(d.firstSighting("copy-1")).isTrue();
    d.learn("said", "stated");
    assertThat(d.firstSighting("copy-1")).isFalse();
    d.save();
    SpinDictionary reloaded = SpinDictionary.load(file);
    assertThat(reloaded.firstSighting("copy-1")).isFalse();
    assertThat(reloaded.firstSighting("copy-2")).isTrue();
    assertThat(reloaded.originalsOf("stated")).containsExactly(new KnownSpins.Original("said", 1));
  }
}
