package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.WordNetThesaurus;
import org.unspin.spin.SpinOptions;
import org.unspin.spin.Spinner;

/**
 * Short texts (40 to 120 words) carry little evidence either way: a clean one is not called spun
 * and keeps at most a lone flag, while the same texts spun by the built-in spinner still score
 * higher than their clean versions. The texts are invented for this test.
 */
class ShortTextVerdictTest {

  private static final List<String> CLEAN =
      List.of(
          "The city council approved a new budget on Tuesday after a long debate about the cost of"
              + " repairing old roads. The mayor said the plan would raise spending on schools and"
              + " parks by five percent next year, and that taxes would not change.",
          "Shares of the steel maker rose sharply on Wednesday after the company reported higher"
              + " profits for the third quarter. Analysts said strong demand from car makers and"
              + " lower energy costs had helped the company, which also raised its forecast for the"
              + " rest of the year. The chief executive told reporters that the firm planned to"
              + " open a new plant in the south of the country.",
          "Heavy rain caused floods in several villages in the north of the region over the"
              + " weekend, forcing hundreds of families to leave their homes. Rescue teams used"
              + " boats to reach people trapped on the roofs of houses, police said. No deaths were"
              + " reported, but the weather service warned that more rain was expected on Monday.",
          "The home team won the final match of the season by two goals to one on Saturday,"
              + " ending a run of four defeats. Their coach said the players had worked hard all"
              + " week and deserved the victory in front of a large crowd.",
          "Scientists at the university said on Thursday that they had found a new way to store"
              + " energy from the sun in a cheap liquid. The research, published in a journal this"
              + " week, could help small towns keep their lights on at night, although the team"
              + " said more tests were needed before the method could be used widely.",
          "The central bank left its main interest rate unchanged on Friday, saying that prices"
              + " were rising more slowly than expected. The bank said it would watch the labour"
              + " market closely in the coming months and was ready to act if growth weakened"
              + " further.");

  @Test
  void neitherCallsAShortCleanTextSpunNorFloodsIt() {
    for (String text : CLEAN) {
      SpinAnalysis a = StandardDetector.get().analyze(text);
      assertThat(a.verdict()).as(text).isNotEqualTo(SpinAnalysis.Verdict.SPUN);
      assertThat(a.phrases()).as(text).hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void scoresShortSpunTextsAboveTheirCleanVersions() {
    Spinner spinner =
        new Spinner(WordNetThesaurus.load(), SpinOptions.defaults().withRate(0.3).withSeed(11));
    List<String> failures = new ArrayList<>();
    int higher = 0;
    for (String text : CLEAN) {
      String spun = spinner.spin(text).text();
      double clean = StandardDetector.get().analyze(text).score();
      double spunScore = StandardDetector.get().analyze(spun).score();
      if (spunScore > clean) {
        higher++;
      } else {
        failures.add(spun + " (" + spunScore + " <= " + clean + ")");
      }
    }
    assertThat(higher).as("spun texts scored higher: %s", failures).isGreaterThanOrEqualTo(5);
  }

  @Test
  void leavesShortTextsThatAreNotProseCleanOrUncertain() {
    List<String> notProse =
        List.of(
            "APPLES 12 PEARS 14 PLUMS 9 CHERRIES 22 LEMONS 7 ORANGES 18 GRAPES 30 MELONS 4",
            "- eggs\n- flour\n- sugar\n- butter\n- milk\n- salt\n- baking powder\n- vanilla",
            "for (int i = 0; i < n; i++) { total += values[i] * weights[i]; } return total / n;",
            "Der Stadtrat hat am Dienstag nach einer langen Debatte einen neuen Haushalt"
                + " beschlossen. Der Bürgermeister sagte, die Steuern würden sich nicht ändern.",
            "1.2 3.4 5.6 7.8\n9.1 2.3 4.5 6.7\n8.9 1.0 2.1 3.2\n4.3 5.4 6.5 7.6");
    for (String text : notProse) {
      assertThat(StandardDetector.get().analyze(text).verdict())
          .as(text)
          .isNotEqualTo(SpinAnalysis.Verdict.SPUN);
    }
  }
}
