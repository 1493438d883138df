package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unspin.archive.ReutersSgml;
import org.unspin.eval.SharedData;
import org.unspin.lexicon.InflectingThesaurus;
import org.unspin.lexicon.Morphology;
import org.unspin.lexicon.MyThesThesaurus;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.Tokenizer;
import org.unspin.lexicon.WordNetThesaurus;

/**
 * The spinner on real wire stories (../shared/data/wire/reuters21578): the rate it reaches and the
 * truth it reports. Skips when the data is absent.
 */
class SpinnerOnReutersTest {

  private static final int STORIES = 200;
  private static List<String> stories;

  @BeforeAll
  static void readStories() throws IOException {
    Optional<Path> dir = SharedData.dataset("wire/reuters21578");
    assumeTrue(dir.isPresent(), "../shared/data/wire/reuters21578 is absent: skipped");
    stories = new ArrayList<>();
    for (ReutersSgml.Story s : ReutersSgml.readDirectory(dir.get())) {
      if (Tokenizer.tokens(s.text()).size() >= 100) {
        stories.add(s.text());
      }
      if (stories.size() == STORIES) {
        break;
      }
    }
  }

  @Test
  void reachesEachTargetRateWithWordNet() {
    checkRates(WordNetThesaurus.load(), "wordnet");
  }

  @Test
  void reachesEachTargetRateWithMyThes() {
    Optional<MyThesThesaurus> myThes = MyThesThesaurus.loadInstalled();
    assumeTrue(myThes.isPresent(), "mythes-en-us is not installed: skipped");
    checkRates(new InflectingThesaurus(myThes.get(), Morphology.load()), "mythes");
  }

  private static void checkRates(Thesaurus thesaurus, String name) {
    for (double rate : new double[] {0.1, 0.2, 0.3, 0.4}) {
      long words = 0;
      long changed = 0;
      long multiWord = 0;
      long swaps = 0;
      int seed = 0;
      for (String story : stories) {
        SpunText spun =
            new Spinner(thesaurus, SpinOptions.defaults().withRate(rate).withSeed(seed++))
                .spin(story);
        assertThat(spun.unspun()).isEqualTo(story);
        words += spun.words();
        changed += spun.changedWords();
        swaps += spun.substitutions().size();
        multiWord +=
            spun.substitutions().stream()
                .filter(s -> s.originalWords() > 1 || s.spun().contains(" "))
                .count();
      }
      double achieved = (double) changed / words;
      System.out.printf(
          Locale.ROOT,
          "spinner %s rate %.1f: achieved %.4f over %d words of %d stories; %d swaps, %.1f%%"
              + " multi-word%n",
          name,
          rate,
          achieved,
          words,
          stories.size(),
          swaps,
          100.0 * multiWord / swaps);
      assertThat(achieved)
          .as("%s at rate %s", name, rate)
          .isCloseTo(rate, org.assertj.core.data.Offset.offset(0.01));
    }
  }
}
