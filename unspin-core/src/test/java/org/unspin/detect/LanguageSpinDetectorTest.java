package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.NgramCounts;

class LanguageSpinDetectorTest {

  /** Invented sentences in the style of wire copy; each pattern is repeated to give counts. */
  private static final String CORPUS =
      """
      The secretary general said on Sunday that the talks would continue.
      The secretary general of the alliance arrived in the capital on Monday.
      The minister is due to meet the president on Tuesday.
      The president is due to meet the prime minister next week.
      The visit was the first stop on a tour of the region.
      It was the first stop on his tour.
      The White House said the president would sign the bill.
      A spokesman for the White House said the talks were useful.
      The two sides reached an agreement on trade.
      They signed an agreement with the company last year.
      More and more companies are moving into the market.
      The company said profits rose last year.
      The company said sales rose in the first quarter.
      Prices rose sharply in the first quarter of the year.
      The bank said it would raise interest rates.
      He returned home on Friday.
      The talks will resume next week.
      The basic rules of the primary market are simple.
      Both sides agreed to cease the fighting and seek a settlement.
      """;

  private static final NgramCounts MODEL = new NgramCounts(4);

  static {
    // repeated so that neighbour pairs of common words are expected often enough for their absence
    // to be evidence
    for (int k = 0; k < 30; k++) {
      MODEL.add(CORPUS);
    }
  }

  private static LanguageSpinDetector detector(String... pairs) {
    return new LanguageSpinDetector(
        MODEL,
        TinyThesaurus.of(pairs),
        KnownSpins.NONE,
        LanguageSpinDetector.Settings.defaults().withMinLogRatio(Math.log(5)));
  }

  @Test
  void countsNoCandidateWhoseOriginalIsRarerThanThePhraseAsEvidenceOfSpin() {
    // "talks" is commoner in the counts than "stop": read as "stop" it is no sign of a spinner
    LanguageSpinDetector d = detector("talks=stop");
    assertThat(
            d.verdictEvidence(
                "The visit was the first talks on a tour of the region. It was the first talks"
                    + " on his tour."))
        .isZero();
    // the other way round, the commoner original is evidence
    assertThat(d.verdictEvidence("He said the stop will resume next week. The stop were useful."))
        .isEqualTo(2);
  }

  @Test
  void countsNoWordRestoredToDifferentWordingsInOneTextAsEvidenceOfSpin() {
    LanguageSpinDetector d = detector("firm=company", "firm=bank");
    // one word read as two originals: the model is guessing, not undoing a spinner
    assertThat(
            d.verdictEvidence(
                "The firm said profits rose last year. The firm said it would raise interest"
                    + " rates."))
        .isZero();
    // read as one original each time, it is evidence
    assertThat(
            d.verdictEvidence(
                "The firm said profits rose last year. The firm said sales rose in the first"
                    + " quarter."))
        .isEqualTo(2);
  }

  @Test
  void restoresAWordWhoseNeighbourWasSwappedTooOnceTheNeighbourIsRestored() {
    // "qtr" fits no blank beside "initial"; with "first" restored, the blank "first _ of" offers
    // "quarter", which it abbreviates
    SpinAnalysis a =
        detector("first=initial").analyze("Prices rose sharply in the initial qtr of the year.");
    assertThat(a.phrases())
        .extracting(SpunPhrase::text, SpunPhrase::restored)
        .containsExactly(tuple("initial", "first"), tuple("qtr", "quarter"));
  }

  @Test
  void restoresASwappedWordThatTheContextRejects() {
    SpinAnalysis a =
        detector("general=basic", "sunday=weekend")
            .analyze("The secretary basic said on Sunday that the talks would continue.");
    assertThat(a.phrases()).hasSize(1);
    SpunPhrase p = a.phrases().get(0);
    assertThat(p.text()).isEqualTo("basic");
    assertThat(p.restored()).isEqualTo("general");
    assertThat(p.evidence()).contains("general~basic");
  }

  @Test
  void restoresAMultiWordOriginal() {
    SpinAnalysis a =
        detector("due to=because of").analyze("The minister is because of meet the president.");
    assertThat(a.phrases()).extracting(SpunPhrase::text).containsExactly("because of");
    assertThat(a.phrases().get(0).restored()).isEqualTo("due to");
  }

  @Test
  void restoresANameMadeOfOrdinaryWordsInItsCase() {
    SpinAnalysis a =
        detector("house=home")
            .analyze("A spokesman for the White Home said the talks were useful.");
    assertThat(a.phrases()).extracting(SpunPhrase::restored).containsExactly("House");
  }

  @Test
  void restoresTwoAdjacentSwappedWordsAsOnePhrase() {
    SpinAnalysis a =
        detector("first=primary", "stop=cease").analyze("It was the primary cease on his tour.");
    assertThat(a.restore("It was the primary cease on his tour."))
        .isEqualTo("It was the first stop on his tour.");
  }

  @Test
  void restoresAWordSwappedForALongerWordOnTheSameStemInASpunText() {
    // no thesaurus links "workweek" and "week": the stem and the context find the original
    SpinAnalysis a =
        detector("general=basic")
            .analyze(
                "The secretary basic said on Sunday that the talks will resume next workweek.");
    assertThat(a.phrases()).extracting(SpunPhrase::text).contains("basic", "workweek");
    SpunPhrase p = a.phrases().get(a.phrases().size() - 1);
    assertThat(p.restored()).isEqualTo("week");
    assertThat(p.evidence()).contains("same stem");
  }

  @Test
  void leavesALoneWordOnAKnownStemAloneInACleanText() {
    // the weak stem relation alone never makes a text look spun
    SpinAnalysis a = detector().analyze("The talks will resume next workweek.");
    assertThat(a.phrases()).isEmpty();
  }

  @Test
  void doesNotTakeTheAbsenceOfAnUnknownWordAsEvidence() {
    // "revenues" was never counted, so its unseen neighbour pairs say nothing about it
    SpinAnalysis a =
        detector("sales=revenues").analyze("The company said revenues rose in the first quarter.");
    assertThat(a.phrases()).isEmpty();
    assertThat(a.verdict()).isNotEqualTo(SpinAnalysis.Verdict.SPUN);
  }

  @Test
  void notesAGrammarBreakAsEvidence() {
    SpinAnalysis a =
        detector("agreement=settlement").analyze("The two sides reached an settlement on trade.");
    assertThat(a.phrases()).hasSize(1);
    assertThat(a.phrases().get(0).restored()).isEqualTo("agreement");
    assertThat(a.phrases().get(0).evidence()).contains("grammar");
  }

  @Test
  void leavesCleanTextAlone() {
    SpinAnalysis a =
        detector("general=basic", "first=primary", "stop=cease", "said=stated")
            .analyze(
                "The company said sales rose in the first quarter. The bank said it would raise interest rates.");
    assertThat(a.phrases()).isEmpty();
  }

  @Test
  void doesNotFlagAnUnrelatedLikelierWord() {
    // "profits" fits better than "prices" after "the company said", but the two are unrelated.
    SpinAnalysis a = detector("general=basic").analyze("The company said prices rose last year.");
    assertThat(a.phrases()).isEmpty();
  }

  @Test
  void keepsOffsetsInsideTheTextAndOrdered() {
    String text = "The secretary basic said on Sunday. It was the primary cease on his tour.";
    SpinAnalysis a = detector("general=basic", "first=primary", "stop=cease").analyze(text);
    int at = 0;
    for (SpunPhrase p : a.phrases()) {
      assertThat(p.start()).isGreaterThanOrEqualTo(at);
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      at = p.end();
    }
    assertThat(a.phrases()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void givesNoFloodOnCodeOrTablesOrOtherLanguages() {
    LanguageSpinDetector d = detector("general=basic");
    for (String text :
        List.of(
            "int x = foo(bar); for (i = 0; i < n; i++) { y += x[i]; }",
            "1,234 5,678 9,012\n3,456 7,890 1,234\n",
            "Der Generalsekretär sagte am Sonntag, dass die Gespräche weitergehen würden.",
            "THE SECRETARY BASIC SAID ON SUNDAY THAT THE TALKS WOULD CONTINUE.")) {
      SpinAnalysis a = d.analyze(text);
      assertThat(a.phrases()).as(text).isEmpty();
      assertThat(a.verdict()).as(text).isNotEqualTo(SpinAnalysis.Verdict.SPUN);
    }
  }

  @Test
  void callsAShortCleanTextUncertainOrCleanNeverSpun() {
    SpinAnalysis a =
        detector("general=basic").analyze("The bank said it would raise interest rates.");
    assertThat(a.verdict()).isNotEqualTo(SpinAnalysis.Verdict.SPUN);
  }
}
