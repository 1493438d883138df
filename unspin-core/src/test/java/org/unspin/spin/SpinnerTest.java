package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.WordNetThesaurus;

class SpinnerTest {

  /** A small thesaurus of our own, with phrases on both sides. */
  private static final Map<String, List<String>> ENTRIES =
      Map.ofEntries(
          Map.entry("due to", List.of("because of", "owing to")),
          Map.entry("more and more", List.of("an increasing number of")),
          Map.entry("said", List.of("stated", "mentioned")),
          Map.entry("meeting", List.of("assembly", "gathering")),
          Map.entry("white", List.of("pale")),
          Map.entry("house", List.of("home", "residence")),
          Map.entry("general", List.of("basic", "common")),
          Map.entry("first", List.of("primary")),
          Map.entry("last year", List.of("final yr")),
          Map.entry("agency", List.of("company")),
          Map.entry("editing", List.of("modifying")),
          Map.entry("statement", List.of("announcement")),
          Map.entry("visit", List.of("go to", "trip")),
          Map.entry("nato", List.of("alliance")),
          Map.entry("the", List.of("a")));

  private static final Thesaurus SMALL = phrase -> ENTRIES.getOrDefault(phrase, List.of());

  private static final String STORY =
      "The agency said on Monday that the first meeting was delayed due to bad weather. "
          + "Officials at the White House said more and more people want a visit.\n\n"
          + "NATO said in a statement that the Secretary General will visit in 2024. "
          + "(Reporting by Ann Lee; Editing by Tom Hart)";

  @Test
  void swapsPhrasesLongestFirstAndKeepsCapitalisation() {
    SpunText spun = new Spinner(SMALL, new SpinOptions(1.0, 3, 4, 1.0, 5)).spin(STORY);
    assertThat(spun.substitutions())
        .anySatisfy(
            sub -> {
              assertThat(sub.original()).isEqualTo("due to");
              assertThat(sub.spun()).isIn("because of", "owing to");
            });
    assertThat(spun.text())
        .contains("an increasing number of")
        .containsAnyOf("Pale Home", "Pale Residence")
        .contains("Secretary Basic")
        .contains("Modifying by")
        .contains("NATO", "2024", "Ann Lee")
        .doesNotContain("due to", "White House");
    assertThat(spun.unspun()).isEqualTo(STORY);
  }

  @Test
  void leavesNamesAloneAtNameRateZero() {
    SpunText spun = new Spinner(SMALL, new SpinOptions(1.0, 3, 4, 0.0, 5)).spin(STORY);
    assertThat(spun.text()).contains("White House", "Secretary General");
  }

  @Test
  void neverSwapsFunctionWordsAlone() {
    SpunText spun = new Spinner(SMALL, new SpinOptions(1.0, 3, 4, 1.0, 5)).spin(STORY);
    assertThat(spun.substitutions()).noneMatch(s -> s.original().equalsIgnoreCase("the"));
  }

  @Test
  void reachesTheTargetRateWithWordNet() {
    Spinner base = new Spinner(WordNetThesaurus.load(), SpinOptions.defaults());
    String story = STORY.repeat(5);
    for (double rate : new double[] {0.1, 0.2, 0.3, 0.4}) {
      SpinOptions options = SpinOptions.defaults().withRate(rate);
      SpunText spun = new Spinner(WordNetThesaurus.load(), options).spin(story);
      assertThat(spun.changedWordRate()).as("rate %s", rate).isCloseTo(rate, within(0.02));
      assertThat(spun.unspun()).isEqualTo(story);
    }
    assertThat(base.spin(story).text()).isNotEqualTo(story);
  }

  @Test
  void writesTheTruthAsJson() {
    SpunText spun = new Spinner(SMALL, new SpinOptions(0.3, 5, 4, 1.0, 5)).spin(STORY);
    String json = spun.toJson();
    assertThat(json)
        .contains("\"rate\" : 0.3", "\"seed\" : 5", "\"substitutions\"", "\"originalStart\"")
        .contains("\"spunStart\"", "\"changedWordRate\"");
  }

  @Property(tries = 300)
  void truthIsExactAndReappliesToTheOriginal(
      @ForAll("texts") String text, @ForAll @DoubleRange(min = 0, max = 1) double rate) {
    SpunText spun = new Spinner(SMALL, new SpinOptions(rate, 11, 4, 0.5, 5)).spin(text);
    int lastOriginal = 0;
    int lastSpun = 0;
    for (Substitution s : spun.substitutions()) {
      assertThat(s.originalStart()).isGreaterThanOrEqualTo(lastOriginal);
      assertThat(s.spunStart()).isGreaterThanOrEqualTo(lastSpun);
      assertThat(s.originalEnd()).isLessThanOrEqualTo(text.length());
      assertThat(s.spunEnd()).isLessThanOrEqualTo(spun.text().length());
      assertThat(text.substring(s.originalStart(), s.originalEnd())).isEqualTo(s.original());
      assertThat(spun.text().substring(s.spunStart(), s.spunEnd())).isEqualTo(s.spun());
      assertThat(s.spun()).isNotEqualToIgnoringCase(s.original());
      lastOriginal = s.originalEnd();
      lastSpun = s.spunEnd();
    }
    assertThat(spun.unspun()).isEqualTo(text);
  }

  @Property(tries = 200)
  void sameSeedGivesTheSameSpin(@ForAll("texts") String text, @ForAll long seed) {
    SpinOptions options = new SpinOptions(0.3, seed, 4, 0.5, 5);
    SpunText a = new Spinner(SMALL, options).spin(text);
    SpunText b = new Spinner(SMALL, options).spin(text);
    assertThat(a).isEqualTo(b);
  }

  @Property(tries = 200)
  void neverChangesMoreThanTheTarget(
      @ForAll("texts") String text, @ForAll @DoubleRange(min = 0, max = 1) double rate) {
    Thesaurus everyWord = phrase -> List.of("zz");
    SpunText spun = new Spinner(everyWord, new SpinOptions(rate, 2, 4, 1.0, 5)).spin(text);
    assertThat(spun.changedWords()).isLessThanOrEqualTo((int) Math.round(rate * spun.words()));
  }

  @Property(tries = 200)
  void reachesTheTargetExactlyWhenEveryWordCanBeSwapped(
      @ForAll("plainTexts") String text, @ForAll @DoubleRange(min = 0, max = 1) double rate) {
    Thesaurus everyWord = phrase -> phrase.contains(" ") ? List.of() : List.of("zz");
    SpunText spun = new Spinner(everyWord, new SpinOptions(rate, 2, 4, 1.0, 5)).spin(text);
    assertThat(spun.changedWords()).isEqualTo((int) Math.round(rate * spun.words()));
  }

  @Provide
  Arbitrary<String> plainTexts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(3)
        .ofMaxLength(8)
        .filter(w -> !org.unspin.lexicon.FunctionWords.contains(w) && !w.equals("zz"))
        .list()
        .ofMaxSize(60)
        .map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(
                "due",
                "to",
                "more",
                "and",
                "said",
                "meeting",
                "White",
                "House",
                "general",
                "first",
                "last",
                "year",
                "agency's",
                "the",
                "The",
                "NATO",
                "2024",
                "visit",
                "é",
                "statement",
                "Editing",
                "by"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ", ", ". ", "\n\n", "  ", "-", "'");
    return Arbitraries.lazy(
        () ->
            word.list()
                .ofMaxSize(40)
                .flatMap(
                    ws ->
                        separator
                            .list()
                            .ofSize(ws.size())
                            .map(
                                seps -> {
                                  StringBuilder b = new StringBuilder();
                                  for (int i = 0; i < ws.size(); i++) {
                                    b.append(ws.get(i)).append(seps.get(i));
                                  }
                                  return b.toString();
                                })));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }
}
