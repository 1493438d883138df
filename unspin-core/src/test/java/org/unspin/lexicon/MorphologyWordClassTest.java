package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which wordings can stand in the same part of speech and inflection, and another form's words. */
class MorphologyWordClassTest {

  private final Morphology morphology = Morphology.load();

  @Test
  void aPluralNounIsNotTheClassOfAVerbOnlyForm() {
    assertThat(morphology.sameWordClass("organizations", "supersedes")).isFalse();
    assertThat(morphology.sameWordClass("organizations", "systems")).isTrue();
  }

  @Test
  void aWordReadAsBothNounAndVerbMatchesEither() {
    assertThat(morphology.sameWordClass("notes", "supersedes")).isTrue();
    assertThat(morphology.sameWordClass("notes", "organizations")).isTrue();
  }

  @Test
  void anUninflectedWordSettlesNothing() {
    assertThat(morphology.sameWordClass("organization", "supersedes")).isTrue();
  }

  @Test
  void listsTheOtherFormsOfAWordsBase() {
    assertThat(morphology.otherForms("harvest"))
        .contains("harvests", "harvested")
        .doesNotContain("harvest");
    assertThat(morphology.otherForms("helped"))
        .contains("help", "helps", "helping")
        .doesNotContain("helped");
  }
}
