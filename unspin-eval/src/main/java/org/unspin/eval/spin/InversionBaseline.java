package org.unspin.eval.spin;

import java.util.ArrayList;
import java.util.List;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinDetector;
import org.unspin.detect.SpunPhrase;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.Token;
import org.unspin.lexicon.Tokenizer;

/**
 * The naive peer: plain thesaurus inversion. A lower-case word is flagged when one of its thesaurus
 * neighbours is more frequent than the word itself, and restored to the most frequent neighbour.
 * Its score is the share of words flagged.
 */
final class InversionBaseline implements SpinDetector {

  private final LanguageModel lm;
  private final Thesaurus thesaurus;

  InversionBaseline(LanguageModel lm, Thesaurus thesaurus) {
    this.lm = lm;
    this.thesaurus = thesaurus;
  }

  /** The thesaurus's related and loose phrases: every dictionary the detector it faces knows. */
  private List<String> related(String w) {
    List<String> loose = thesaurus.loose(w);
    if (loose.isEmpty()) {
      return thesaurus.related(w);
    }
    List<String> all = new ArrayList<>(thesaurus.related(w));
    all.addAll(loose);
    return all;
  }

  @Override
  public SpinAnalysis analyze(String text) {
    List<Token> tokens = Tokenizer.tokens(text);
    if (tokens.isEmpty()) {
      return SpinAnalysis.nothing();
    }
    List<SpunPhrase> phrases = new ArrayList<>();
    for (Token t : tokens) {
      String w = t.norm();
      if (!t.text().equals(w) || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      long own = lm.count(List.of(w));
      String best = null;
      long bestCount = own;
      for (String c : related(w)) {
        long n = lm.count(c);
        if (n > bestCount) {
          best = c;
          bestCount = n;
        }
      }
      if (best != null) {
        phrases.add(
            new SpunPhrase(
                t.start(), t.end(), t.text(), best, List.of(), 0.5, "thesaurus: more frequent"));
      }
    }
    double rate = (double) phrases.size() / tokens.size();
    SpinAnalysis.Verdict v = rate > 0.15 ? SpinAnalysis.Verdict.SPUN : SpinAnalysis.Verdict.CLEAN;
    return new SpinAnalysis(v, Math.min(1, rate), rate, phrases);
  }
}
