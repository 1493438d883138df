package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's two set-up commands are the ones the launcher and CI really use. */
class ReadmeTest {
  private static final Path ROOT = Path.of(System.getProperty("unspin.root", ".."));

  private static List<String> setUpCommands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Set up");
    assertThat(section).as("README has a 'Set up' section").isNotNegative();
    int open = readme.indexOf("```sh\n", section);
    int close = readme.indexOf("```", open + 6);
    List<String> commands = new ArrayList<>();
    for (String line : readme.substring(open + 6, close).split("\n")) {
      if (!line.isBlank()) {
        commands.add(line.strip());
      }
    }
    return commands;
  }

  @Test
  void readmeKeepsExactlyTwoSetUpCommands() throws IOException {
    assertThat(setUpCommands()).hasSize(2);
  }

  @Test
  void firstCommandChecksAnExamplePageThatExists() throws IOException {
    String first = setUpCommands().get(0);
    assertThat(first).startsWith("./unspin check examples/");
    Path page = ROOT.resolve(first.substring("./unspin check ".length()));
    assertThat(page).isRegularFile();
    assertThat(ROOT.resolve("unspin")).isExecutable();
  }

  @Test
  void firstCommandRunsThroughTheLauncher() throws IOException {
    String launcher = Files.readString(ROOT.resolve("unspin"), StandardCharsets.UTF_8);
    assertThat(launcher).contains("unspin-cli/target/unspin.jar").contains("mvn ");
  }

  @Test
  void ciRunsTheReadmeTestCommand() throws IOException {
    String test = setUpCommands().get(1);
    List<String> ci = Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
    assertThat(ci).map(String::strip).contains(test);
  }
}
