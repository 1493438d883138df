package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void lowerCasesWordsAndClassesNumbers() {
    assertThat(Tokenizer.words("The Fund raised $3.5 billion in 2023."))
        .containsExactly(
            "the", "fund", "raised", Tokenizer.NUMBER, "billion", "in", Tokenizer.NUMBER);
  }

  @Test
  void keepsHyphenatedWordsInitialismsAndContractionsWhole() {
    assertThat(Tokenizer.words("A well-known U.S. firm don't sell AT&T shares"))
        .containsExactly("a", "well-known", "u.s.", "firm", "don't", "sell", "at&t", "shares");
  }

  @Test
  void splitsPossessives() {
    List<Token> tokens = Tokenizer.tokens("the agency\u2019s chief");
    assertThat(tokens).extracting(Token::norm).containsExactly("the", "agency", "'s", "chief");
    assertThat(tokens.get(2).text()).isEqualTo("\u2019s");
  }

  @Test
  void endsSentencesAtStopsButNotAfterTitlesOrInitials() {
    List<List<Token>> sentences =
        Tokenizer.sentences("Mr. Smith met J. Doe. They talked! Did it help?\n\nNew para");
    assertThat(sentences).hasSize(4);
    assertThat(sentences.get(0))
        .extracting(Token::norm)
        .containsExactly("mr", "smith", "met", "j", "doe");
  }

  @Test
  void blankLinesEndSentencesWithoutStops() {
    assertThat(Tokenizer.sentences("A headline\n\nThe story begins")).hasSize(2);
    assertThat(Tokenizer.sentences("a line\nwrapped here")).hasSize(1);
  }

  @Property
  void tokensAreOrderedInBoundsAndMatchTheirText(@ForAll String text) {
    int last = 0;
    for (Token t : Tokenizer.tokens(text)) {
      assertThat(t.start()).isGreaterThanOrEqualTo(last);
      assertThat(t.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      assertThat(t.norm()).isNotEmpty();
      last = t.end();
    }
  }
}
