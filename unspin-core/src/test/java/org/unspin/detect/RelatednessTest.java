package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.WordNetContrasts;

class RelatednessTest {

  private final Relatedness related =
      new Relatedness(
          TinyThesaurus.of("bank=banks", "four=five", "both=some", "deal=pact"), KnownSpins.NONE);

  @Test
  void neverRelatesFormsOfOneWordNumbersOrFunctionWordsEvenWhenTheThesaurusDoes() {
    assertThat(related.relate("banks", "bank").strength()).isZero();
    assertThat(related.relate("five", "four").strength()).isZero();
    assertThat(related.relate("some", "both").strength()).isZero();
    assertThat(Relatedness.sameLemma("finalised", "finalized")).isTrue();
    assertThat(Relatedness.sameLemma("purchases", "purchased")).isTrue();
    assertThat(Relatedness.sameLemma("pact", "deal")).isFalse();
  }

  @Test
  void relatesWhatOnlyTheBroadDictionaryPairsBelowWeakAndOffersItAfterTheStrictCandidates() {
    Relatedness r =
        new Relatedness(
            Thesaurus.withLoose(
                TinyThesaurus.of("house=home"), TinyThesaurus.of("house=shop", "house=home")),
            KnownSpins.NONE);
    assertThat(r.relate("house", "home").strength()).isEqualTo(1.0);
    Relatedness.Relation loose = r.relate("house", "shop");
    assertThat(loose.strength()).isEqualTo(Relatedness.LOOSE).isLessThan(Relatedness.WEAK);
    assertThat(loose.why()).contains("loose thesaurus");
    assertThat(r.relate("shops", "house").strength()).isEqualTo(Relatedness.LOOSE);
    assertThat(r.candidates("house")).extracting(Relatedness.Related::phrase).startsWith("home");
    assertThat(r.candidates("house")).extracting(Relatedness.Related::phrase).contains("shop");
    assertThat(r.relate("house", "barn").strength()).isZero();
  }

  @Test
  void relatesAWordBuiltOnAnotherWeakly() {
    Relatedness.Relation r = related.relate("workweek", "week");
    assertThat(r.strength()).isEqualTo(Relatedness.WEAK);
    assertThat(r.why()).contains("same stem");
    assertThat(Relatedness.sharesStem("quartern", "quarter")).isTrue();
    assertThat(Relatedness.sharesStem("groupings", "group")).isTrue();
    assertThat(Relatedness.sharesStem("new", "newfound")).isFalse();
  }

  @Test
  void offersTheBeginningsOfAWordAsWhatItMayBeBuiltOnButNotThePartsOfAHyphenatedCompound() {
    assertThat(Relatedness.stems("helpers")).contains("help").doesNotContain("helpers");
    assertThat(Relatedness.stems("helpers")).allMatch(s -> s.length() >= 4);
    assertThat(Relatedness.stems("spokesperson")).doesNotContain("person");
    assertThat(Relatedness.stems("four-cylinder")).isEmpty();
    assertThat(related.candidates("helper"))
        .anySatisfy(
            c -> {
              assertThat(c.phrase()).isEqualTo("help");
              assertThat(c.rel().strength()).isEqualTo(Relatedness.WEAK);
            });
  }

  @Test
  void offersNoFirstPartOfACompoundOfTwoKnownWords() {
    Relatedness r =
        withContexts(List.of("The share price rose.", "The holder of the note paid.", "Help us."));
    List<String> phrases = new ArrayList<>();
    for (Relatedness.Related c : r.candidates("shareholder")) {
      phrases.add(c.phrase());
    }
    assertThat(phrases).doesNotContain("share");
    List<String> helper = new ArrayList<>();
    for (Relatedness.Related c : r.candidates("helper")) {
      helper.add(c.phrase());
    }
    assertThat(helper).contains("help");
  }

  @Test
  void neverRelatesTheFirstPartOfACompoundToItAsAStemWhateverOffersIt() {
    Relatedness r =
        withContexts(
            List.of("The crate sat by the door.", "The keeper of the lodge slept.", "Mend it."));
    // a fill-in blank may offer the first part of a compound: it is still no synonym of it
    assertThat(r.relate("cratekeeper", "crate").strength()).isZero();
    assertThat(r.relate("crate", "cratekeepers").strength()).isZero();
    // a word built on another by an ending that is no word stays a weak stem relation
    assertThat(r.relate("menders", "mend").strength()).isEqualTo(Relatedness.WEAK);
  }

  @Test
  void relatesAnAbbreviationWeaklyButNotAnyShortWordWithTheSameEnds() {
    assertThat(related.relate("percent", "pct").strength()).isEqualTo(Relatedness.WEAK);
    assertThat(Relatedness.abbreviates("yr", "year")).isTrue();
    assertThat(Relatedness.abbreviates("man", "mathematician")).isFalse();
    assertThat(Relatedness.abbreviates("as", "attacks")).isFalse();
  }

  @Test
  void keepsDirectThesaurusPairsStrong() {
    assertThat(related.relate("pact", "deal").strength()).isEqualTo(1.0);
  }

  /** "left word right" for each word, over {@code n} letters-only contexts. */
  private static List<String> sentences(String prefix, int n, String... words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (String w : words) {
        String tail = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
        out.add(prefix + "l" + tail + " " + w + " " + prefix + "r" + tail + ".");
      }
    }
    return out;
  }

  private static Relatedness withContexts(List<String> text, String... pairs) {
    return new Relatedness(
        TinyThesaurus.of(pairs),
        KnownSpins.NONE,
        NgramCounts.of(3, text),
        WordNetContrasts.load(),
        WordNetContrasts.morphology());
  }

  @Test
  void relatesWordsUsedInTheSameContextsWeaklyAndOnlyByContextWhenTheThesaurusLacksThePair() {
    List<String> text = new ArrayList<>(sentences("k", 8, "declared", "announced"));
    text.addAll(sentences("m", 8, "harvest", "boulevard"));
    Relatedness r = withContexts(text, "pact=deal");
    Relatedness.Relation rel = r.relateInContext("declared", "announced");
    // most of their contexts shared: weak (flaggable with the wider margin), marked contextual, so
    // that it is never evidence that a text is spun
    assertThat(rel.strength()).isEqualTo(Relatedness.WEAK);
    assertThat(rel.contextual()).isTrue();
    assertThat(rel.why()).contains("shared contexts");
    assertThat(r.relate("pact", "deal").contextual()).isFalse();
    // only fill-in candidates are asked about shared contexts; plain relate keeps to the thesaurus
    assertThat(r.relate("declared", "announced").strength()).isZero();
    assertThat(r.relateInContext("declared", "harvest").strength()).isZero();
  }

  @Test
  void neverRelatesOppositesOrDifferentKindsOfOneThingThroughSharedContexts() {
    List<String> text = new ArrayList<>(sentences("k", 8, "bought", "sold"));
    text.addAll(sentences("m", 8, "wheat", "barley"));
    Relatedness r = withContexts(text);
    assertThat(r.relateInContext("bought", "sold").strength()).isZero();
    assertThat(r.relateInContext("wheat", "barley").strength()).isZero();
  }

  @Test
  void weakensAThesaurusPairOfCommonWordsThatNeverShareAContext() {
    List<String> text = new ArrayList<>(sentences("k", 40, "pact", "treaty"));
    text.addAll(sentences("m", 40, "deal", "bargain"));
    Relatedness r = withContexts(text, "pact=deal", "treaty=accord");
    Relatedness.Relation rel = r.relate("pact", "deal");
    assertThat(rel.strength()).isEqualTo(Relatedness.WEAK);
    assertThat(rel.why()).contains("few shared contexts");
    // a pair whose words are too rare to judge keeps its thesaurus strength
    assertThat(r.relate("treaty", "accord").strength()).isEqualTo(1.0);
  }

  @Test
  void offersEachRelatedWordAlsoInflectedAsTheSpanIs() {
    Relatedness r = withContexts(List.of(), "contrive=plan", "defrayment=payment");
    List<String> plans = new ArrayList<>();
    for (Relatedness.Related c : r.candidates("contrives")) {
      plans.add(c.phrase());
    }
    assertThat(plans).containsSubsequence("plan", "plans");
    List<String> payments = new ArrayList<>();
    for (Relatedness.Related c : r.candidates("defrayments")) {
      payments.add(c.phrase());
      assertThat(c.rel().strength()).isPositive();
      // the inflected form may restore the span but is marked: it is no evidence of spin
      if (c.phrase().startsWith("payment")) {
        assertThat(c.rel().inflected()).isEqualTo(c.phrase().equals("payments"));
      }
    }
    assertThat(payments).contains("payment", "payments");
    // an uninflected span gets no inflected candidates
    List<String> plain = new ArrayList<>();
    for (Relatedness.Related c : r.candidates("contrive")) {
      plain.add(c.phrase());
    }
    assertThat(plain).contains("plan").doesNotContain("plans", "planned");
  }

  @Test
  void aFormThatIsItselfARelatedCandidateIsOfferedOnceAndUninflected() {
    Relatedness r = withContexts(List.of(), "contrive=plan", "contrives=plans");
    List<Relatedness.Related> plans = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Relatedness.Related c : r.candidates("contrives")) {
      all.add(c.phrase());
      if (c.phrase().equals("plans")) {
        plans.add(c);
      }
    }
    // "plan" inflected as "contrives" is "plans", already a candidate as it stands
    assertThat(all).contains("plan");
    assertThat(plans).hasSize(1);
    assertThat(plans.get(0).rel().inflected()).isFalse();
    assertThat(plans.get(0).rel().strength()).isEqualTo(1.0);
  }
}
