package org.unspin.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AlignerTest {
  private final Aligner aligner = new Aligner();

  @Test
  void identicalTextsAreOneEqualSegment() {
    Alignment a = aligner.align("The mayor opened the bridge.", "The mayor opened the bridge.");
    assertThat(a.segments()).hasSize(1);
    assertThat(a.segments().get(0).kind()).isEqualTo(Segment.Kind.EQUAL);
    assertThat(a.substitutions()).isEmpty();
  }

  @Test
  void substitutionsCarryOffsetsIntoBothTexts() {
    String source = "The city council said on Monday it would build a new bridge near the harbour.";
    String copy =
        "The city council stated on Monday it would construct a brand new bridge close to the harbour.";
    List<Alignment.PhrasePair> subs = aligner.align(copy, source).substitutions();
    assertThat(subs)
        .extracting(Alignment.PhrasePair::copyText, Alignment.PhrasePair::sourceText)
        .containsExactly(
            tuple("stated", "said"),
            tuple("construct", "build"),
            tuple("brand", ""),
            tuple("close to", "near"));
    for (Alignment.PhrasePair p : subs) {
      assertThat(copy.substring(p.copyStart(), p.copyEnd())).isEqualTo(p.copyText());
      assertThat(source.substring(p.sourceStart(), p.sourceEnd())).isEqualTo(p.sourceText());
    }
  }

  @Test
  void phraseSwapsStayWholePhrases() {
    Alignment a =
        aligner.align(
            "Prices rose because of the drought, and an increasing number of farmers sold land.",
            "Prices rose due to the drought, and more and more farmers sold land.");
    assertThat(a.substitutions())
        .extracting(Alignment.PhrasePair::copyPhrase, Alignment.PhrasePair::sourcePhrase)
        .containsExactly(
            tuple("because of", "due to"), tuple("an increasing number of", "more and more"));
  }

  @Test
  void evenlyMatchedChangesWinOverAStrayFunctionWord() {
    // Both "the"s of the copy could be kept; keeping the one that leaves changes of similar length
    // on both sides is what a spinner does.
    Alignment a =
        aligner.align(
            "grocery stores beyond the sea liberalisation, in particular the first appearance of",
            "markets abroad liberalisation particularly the introduction of");
    assertThat(a.substitutions())
        .extracting(Alignment.PhrasePair::copyPhrase, Alignment.PhrasePair::sourcePhrase)
        .containsExactly(
            tuple("grocery stores beyond the sea", "markets abroad"),
            tuple("in particular", "particularly"),
            tuple("first appearance", "introduction"));
  }

  @Test
  void anUntakenTailIsAGapNotASubstitution() {
    String source =
        "The plant will open in May. It will employ 300 people. Officials expect more jobs later"
            + " in the decade as suppliers move to the region and the port grows.";
    String copy = "The factory will open in May. It will employ 300 folks";
    Alignment a = aligner.align(copy, source);
    assertThat(a.substitutions())
        .extracting(Alignment.PhrasePair::copyPhrase, Alignment.PhrasePair::sourcePhrase)
        .containsExactly(tuple("factory", "plant"), tuple("folks", "people"));
    assertThat(a.segments().get(a.segments().size() - 1).kind()).isEqualTo(Segment.Kind.GAP);
  }

  @Test
  void possessivesSplitSoTheNounSwapStandsAlone() {
    Alignment a = aligner.align("The firm's profit rose.", "The company's profit rose.");
    assertThat(a.substitutions())
        .extracting(Alignment.PhrasePair::copyText)
        .containsExactly("firm");
  }

  @Property(tries = 200)
  void segmentsCoverBothTextsInOrder(
      @ForAll @StringLength(max = 200) String copy,
      @ForAll @StringLength(max = 200) String source) {
    Alignment a = aligner.align(copy, source);
    int c = 0;
    int s = 0;
    for (Segment seg : a.segments()) {
      assertThat(seg.copyFrom()).isEqualTo(c);
      assertThat(seg.sourceFrom()).isEqualTo(s);
      c = seg.copyTo();
      s = seg.sourceTo();
    }
    assertThat(c).isEqualTo(a.copy().size());
    assertThat(s).isEqualTo(a.source().size());
    for (Alignment.PhrasePair p : a.substitutions()) {
      assertThat(p.copyStart()).isBetween(0, p.copyEnd());
      assertThat(p.copyEnd()).isLessThanOrEqualTo(copy.length());
      assertThat(p.sourceEnd()).isLessThanOrEqualTo(source.length());
    }
  }

  @Property(tries = 200)
  void restoringEverySubstitutionGivesTheSourceWords(
      @ForAll("sentences") String source, @ForAll long seed) {
    String copy = SimpleSwaps.swap(source, seed);
    Alignment a = aligner.align(copy, source);
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Alignment.PhrasePair p : a.substitutions()) {
      sb.append(copy, at, p.copyStart());
      if (p.copyStart() == p.copyEnd()) {
        sb.append(' ');
      }
      sb.append(p.sourceText());
      at = p.copyEnd();
    }
    sb.append(copy.substring(at));
    assertThat(Words.of(sb.toString()).normalized()).isEqualTo(Words.of(source).normalized());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> sentences() {
    return net.jqwik.api.Arbitraries.of(
            "the",
            "council",
            "said",
            "a",
            "new",
            "bridge",
            "would",
            "open",
            "in",
            "May",
            "of",
            "port",
            "workers",
            "and",
            "officials",
            "expect",
            "jobs",
            "to",
            "grow",
            "river")
        .list()
        .ofMinSize(5)
        .ofMaxSize(60)
        .map(w -> String.join(" ", w) + ".");
  }
}
