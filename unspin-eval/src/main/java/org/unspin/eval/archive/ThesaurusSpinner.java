package org.unspin.eval.archive;

import java.util.ArrayList;
import java.util.List;
import org.unspin.lexicon.Thesaurus;
import org.unspin.spin.SpinOptions;
import org.unspin.spin.Spinner;
import org.unspin.spin.SpunText;
import org.unspin.spin.Substitution;

/** The product spinner ({@link Spinner}) over a thesaurus, as the evaluation's copy maker. */
public final class ThesaurusSpinner implements CopySpinner {
  private final Thesaurus thesaurus;

  /** Spins with {@code thesaurus}. */
  public ThesaurusSpinner(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  @Override
  public Spun spin(String text, double rate, long seed) {
    SpunText spun =
        new Spinner(thesaurus, SpinOptions.defaults().withRate(rate).withSeed(seed)).spin(text);
    List<Truth> truth = new ArrayList<>();
    for (Substitution s : spun.substitutions()) {
      truth.add(new Truth(s.spunStart(), s.spunEnd(), s.original()));
    }
    return new Spun(spun.text(), truth);
  }
}
