package org.unspin.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.unspin.eval.Checksums;

/**
 * Loaders for the extraction datasets under {@code ../shared/data}: each turns a dataset folder
 * into {@link EvalPage}s, sorted by id, at most {@code limit} of them ({@code limit <= 0}: all).
 */
public final class ExtractionDatasets {
  /** Folder names under {@code data/}. */
  public static final String SCRAPINGHUB = "extraction/scrapinghub-aeb";

  public static final String WCXB = "extraction/wcxb-dev";
  public static final String READABILITY = "extraction/readability-test-pages";
  public static final String WHENITSON = "farm-pages/whenitson";

  /** All four, in the order their checksums are combined. */
  public static final List<String> ALL = List.of(SCRAPINGHUB, WCXB, READABILITY, WHENITSON);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Receives pages one at a time, so that a dataset never sits in memory whole. */
  @FunctionalInterface
  public interface PageSink {
    void accept(EvalPage page) throws IOException;
  }

  private ExtractionDatasets() {}

  /**
   * One SHA-256 over the four datasets' {@link Checksums#sha256} values (name=checksum lines, in
   * {@link #ALL} order): the {@code dataset.sha256} of the stored minimums.
   */
  public static String checksum(Path data) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String d : ALL) {
      sb.append(d).append('=').append(Checksums.sha256(data.resolve(d))).append('\n');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Scrapinghub AEB: {@code html/<id>.html.gz} and {@code ground-truth.json}. */
  public static void scrapinghub(Path dir, int limit, PageSink out) throws IOException {
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    for (String id : cap(ids, limit)) {
      JsonNode t = truth.get(id);
      String html = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
      out.accept(
          new EvalPage(
              id,
              t.path("url").asText(""),
              html,
              t.path("articleBody").asText(""),
              "article",
              List.of(),
              List.of(),
              null));
    }
  }

  /** WCXB dev split: {@code dev/html/<id>.html.gz} and {@code dev/ground-truth/<id>.json}. */
  public static void wcxb(Path dir, int limit, PageSink out) throws IOException {
    Path gt = dir.resolve("dev").resolve("ground-truth");
    List<Path> files = list(gt, ".json");
    for (Path f : cap(files, limit)) {
      String id = f.getFileName().toString().replace(".json", "");
      JsonNode n = JSON.readTree(f.toFile());
      JsonNode g = n.path("ground_truth");
      String type = n.path("_internal").path("page_type").path("primary").asText("unknown");
      out.accept(
          new EvalPage(
              id,
              n.path("url").asText(""),
              gunzip(dir.resolve("dev").resolve("html").resolve(id + ".html.gz")),
              g.path("main_content").asText(""),
              type,
              strings(g.path("with")),
              strings(g.path("without")),
              null));
    }
  }

  /**
   * Readability test pages: {@code test-pages/<case>/source.html} against {@code expected.html}.
   */
  public static void readability(Path dir, int limit, PageSink out) throws IOException {
    Path root = dir.resolve("test-pages");
    List<Path> cases;
    try (Stream<Path> s = Files.list(root)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path c : cap(cases, limit)) {
      Path src = c.resolve("source.html");
      Path exp = c.resolve("expected.html");
      if (!Files.isRegularFile(src) || !Files.isRegularFile(exp)) {
        continue;
      }
      String expected = Jsoup.parse(Files.readString(exp, StandardCharsets.UTF_8)).text();
      out.accept(
          new EvalPage(
              c.getFileName().toString(),
              "http://fakehost/test/page.html",
              Files.readString(src, StandardCharsets.UTF_8),
              expected,
              "article",
              List.of(),
              List.of(),
              null));
    }
  }

  /** Autoblog posts: Jekyll front matter (with {@code original_link}) and an HTML body. */
  public static void whenitson(Path dir, int limit, PageSink out) throws IOException {
    for (Path f : cap(list(dir.resolve("_posts"), ".md"), limit)) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      String[] parts = FrontMatter.split(raw);
      out.accept(
          new EvalPage(
              f.getFileName().toString(),
              "",
              parts[1],
              null,
              "farm",
              List.of(),
              List.of(),
              expectedHref(FrontMatter.firstListValue(parts[0], "original_link"))));
    }
  }

  /**
   * WordPress stores the link HTML-escaped ({@code &#038;} for {@code &}); the page has it decoded.
   */
  private static String expectedHref(String raw) {
    return raw == null ? null : Parser.unescapeEntities(raw, true).strip();
  }

  private static <T> List<T> cap(List<T> all, int limit) {
    return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(x -> out.add(x.asText()));
    return out;
  }

  static String gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      in.transferTo(bytes);
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
