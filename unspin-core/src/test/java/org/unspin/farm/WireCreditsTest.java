package org.unspin.farm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireCreditsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SEOUL (Reuters) - The talks resumed.|Reuters|The talks resumed.",
        "NEW YORK, March 3 (Reuters) - Stocks rose.|Reuters|Stocks rose.",
        "WASHINGTON (AP) — The Senate voted.|AP|The Senate voted.",
        "Lyon, France (AFP) - Rain fell.|AFP|Rain fell.",
        "GENEVA (Telegraph) - Ministers met.|Telegraph|Ministers met.",
      })
  void cutsDatelinesAndNamesTheAgency(String paragraph, String agency, String rest) {
    FarmFindings f = new FarmFindings();
    assertThat(WireCredits.stripDateline(paragraph, f)).isEqualTo(rest);
    assertThat(f.toArtifacts().wireCredits())
        .singleElement()
        .extracting(c -> c.agency())
        .isEqualTo(agency);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(Reporting by Jane Roe; Editing by John Doe)",
        "Reporting by Jane Roe in Lagos; Additional reporting by Sam Poe",
        "Copyright 2023 Thomson Reuters.",
        "© 2024 The Associated Press. All rights reserved.",
        "Associated Press writer Kim Lee contributed to this report.",
        "(AP)",
        "(Coverage by Paul Brandt; Modifying by Susan Clarke)",
      })
  void consumesWholeCreditLines(String line) {
    FarmFindings f = new FarmFindings();
    assertThat(WireCredits.stripCredit(line, f)).isNull();
    assertThat(f.toArtifacts().wireCredits()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The mayor (a former teacher) spoke first.",
        "Apple reported record sales on Tuesday.",
        "Reporters asked about the budget.",
        "The AP style guide was updated.",
        "(Photo by Kim Lee)",
        "NASA said (in a statement) that the launch would slip.",
      })
  void leavesOrdinaryProseAlone(String line) {
    FarmFindings f = new FarmFindings();
    assertThat(WireCredits.stripCredit(line, f)).isEqualTo(line);
    assertThat(WireCredits.stripDateline(line, f)).isEqualTo(line);
    assertThat(f.toArtifacts().wireCredits()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"The vote passed. (Reporting by Ann Oak; Editing by Bo Ash)|The vote passed."})
  void cutsATrailingCreditOffAParagraph(String paragraph, String rest) {
    FarmFindings f = new FarmFindings();
    assertThat(WireCredits.stripCredit(paragraph, f)).isEqualTo(rest);
    assertThat(f.toArtifacts().wireCredits()).hasSize(1);
  }
}
