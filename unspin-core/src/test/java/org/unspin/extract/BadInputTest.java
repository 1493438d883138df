package org.unspin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unspin.input.Input;

/**
 * Generates a folder of hostile pages (malformed, truncated, framesets, no paragraphs, 50 MB,
 * 100,000-deep nesting, invalid UTF-8, other scripts) and replays every one, plus any past crash
 * inputs kept under {@code src/test/resources/org/unspin/extract/crashers}: each must give a
 * result, never an exception.
 */
class BadInputTest {
  private static final long SEED = 20240318L;
  @TempDir static Path folder;

  @BeforeAll
  static void generate() throws IOException {
    Random random = new Random(SEED);
    write("truncated.html", "<html><body><div class='story'><p>The council voted to repair the");
    write("unclosed.html", "<div><p><b><i>Unclosed <a href='x'>tags <table><tr><td>everywhere");
    write("frameset.html", "<html><frameset rows='*,*'><frame src='a'><frame src='b'></frameset>");
    write("no-paragraphs.html", "<html><body><img src='a.png'><br><br><hr></body></html>");
    write("empty.html", "");
    write("only-scripts.html", "<script>var a = '<p>not text</p>';</script><style>p{}</style>");
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      deep.append(i % 2 == 0 ? "<div>" : "<span>");
    }
    deep.append("<p>At the bottom of a very deep page there is one sentence of text.</p>");
    write("deep.html", deep.toString());
    StringBuilder big = new StringBuilder("<html><body><article>");
    String para =
        "<p>A paragraph of a huge page, repeated until the page weighs fifty megabytes.</p>\n";
    while (big.length() < 50_000_000) {
      big.append(para);
    }
    write("huge.html", big.toString());
    byte[] invalid = new byte[4096];
    random.nextBytes(invalid);
    byte[] prefix = "<html><body><p>Broken bytes: ".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(prefix, 0, invalid, 0, prefix.length);
    Files.write(folder.resolve("invalid-utf8.html"), invalid);
    write(
        "chinese.html",
        "<html><body><article><p>"
            + "城市议会今天投票决定修复老桥，工程将在明年春天完成。".repeat(20)
            + "</p></article></body></html>");
    write(
        "arabic.html",
        "<html dir='rtl'><body><p>"
            + "صوت مجلس المدينة اليوم على إصلاح الجسر القديم. ".repeat(20)
            + "</p></body></html>");
    write(
        "russian.txt",
        "Городской совет проголосовал за ремонт моста.\n\n"
            + "Работы начнутся весной. ".repeat(40));
    StringBuilder brackets = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      brackets.append("[ad_").append(i % 10).append("] (");
    }
    write("many-markers.txt", brackets.toString());
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      junk.append((char) random.nextInt(0x3000));
    }
    write("random-chars.html", junk.toString());
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  static Stream<Path> inputs() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      s.sorted().forEach(all::add);
    }
    Path crashers = Path.of("src/test/resources/org/unspin/extract/crashers");
    if (Files.isDirectory(crashers)) {
      try (Stream<Path> s = Files.list(crashers)) {
        s.sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyHostileInputGivesAResultNotAnException(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String content = new String(bytes, StandardCharsets.UTF_8);
    Input.Kind kind = file.toString().endsWith(".txt") ? Input.Kind.TEXT : Input.Kind.HTML;
    Extraction x =
        new PageExtractor().extract(new Input(file.toString(), kind, bytes.length, content));
    assertThat(x).isNotNull();
    assertThat(x.article().paragraphs())
        .allSatisfy(p -> assertThat(p).isNotBlank().isEqualTo(p.strip()));
    assertThat(x.article().text()).doesNotContain("[ad_");
    if (x.article().paragraphs().isEmpty()) {
      assertThat(x.note()).as("an empty article says why").isNotBlank();
    }
  }
}
