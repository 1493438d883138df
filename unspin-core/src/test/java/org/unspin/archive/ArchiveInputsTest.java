package org.unspin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveInputsTest {
  @TempDir Path tmp;

  private final List<ArchiveDocument> docs = new ArrayList<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final ArchiveInputs.Sink sink =
      new ArchiveInputs.Sink() {
        @Override
        public void document(ArchiveDocument doc) {
          docs.add(doc);
        }

        @Override
        public void skipped(String reason) {
          skipped.merge(reason, 1, Integer::sum);
        }
      };

  private void readAll(Path input) throws Exception {
    for (Path f : ArchiveInputs.files(input)) {
      new ArchiveInputs().read(input, f, sink);
    }
  }

  @Test
  void readsFoldersOfTextAndHtmlFiles() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("stories/sub"));
    Files.writeString(tmp.resolve("stories/harvest.txt"), Stories.HARVEST, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("page.html"),
        "<html><head><title>Orchestra</title></head><body><article><p>"
            + Stories.ORCHESTRA.replace("\n\n", "</p><p>")
            + "</p></article></body></html>",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.bin"), "ignored", StandardCharsets.UTF_8);
    readAll(tmp.resolve("stories"));
    assertThat(docs)
        .extracting(ArchiveDocument::id)
        .containsExactly("file:harvest.txt", "file:sub/page.html");
    assertThat(docs.get(1).text()).contains("The national orchestra will tour nine cities");
  }

  @Test
  void jsonLinesSkipBadAndOversizedLines() throws Exception {
    Path f = tmp.resolve("stories.jsonl");
    String big = "x".repeat(ArchiveInputs.MAX_RECORD + 10);
    Files.writeString(
        f,
        "{\"id\":\"a\",\"url\":\"https://x.example/a\",\"title\":\"A\",\"text\":\"Alpha story.\","
            + "\"date\":\"2026-01-01\"}\n"
            + "not json\n"
            + "{\"id\":\"big\",\"text\":\""
            + big
            + "\"}\n"
            + "{\"url\":\"https://x.example/b\",\"text\":\"Beta story.\"}\n"
            + "{\"title\":\"no id\"}\n",
        StandardCharsets.UTF_8);
    readAll(f);
    assertThat(docs).extracting(ArchiveDocument::id).containsExactly("a", "https://x.example/b");
    assertThat(docs.get(0).date()).isEqualTo("2026-01-01");
    assertThat(skipped)
        .containsEntry("bad JSON", 1)
        .containsEntry("too large", 1)
        .containsEntry("no id", 1);
  }

  @Test
  void warcResponsesAreReadAndATruncatedRecordIsCounted() throws Exception {
    String html =
        "<html><body><article><p>"
            + Stories.RAILWAY.replace("\n\n", "</p><p>")
            + "</p></article></body></html>";
    byte[] record1 = response("https://news.example/railway", html);
    byte[] record2 =
        response(
            "https://news.example/harvest",
            "<html><body><p>" + Stories.HARVEST + "</p></body></html>");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(record1);
    all.write(record2, 0, record2.length / 2);
    Path warc = tmp.resolve("crawl.warc.gz");
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(warc))) {
      gz.write(all.toByteArray());
    }
    readAll(warc);
    assertThat(docs)
        .extracting(ArchiveDocument::id)
        .containsExactly("https://news.example/railway");
    assertThat(docs.get(0).text()).contains("24 electric trains");
    assertThat(skipped).containsKey("corrupt WARC record");
  }

  @Test
  void boundedLinesNeverHoldMoreThanTheLimit() throws Exception {
    BoundedLines lines =
        new BoundedLines(new StringReader("short\r\n" + "y".repeat(100) + "\nend"), 10);
    assertThat(lines.next()).isEqualTo("short");
    assertThat(lines.next()).isSameAs(BoundedLines.TOO_LONG);
    assertThat(lines.next()).isEqualTo("end");
    assertThat(lines.next()).isNull();
  }

  private static byte[] response(String uri, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] head = http.getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[head.length + body.length];
    System.arraycopy(head, 0, block, 0, head.length);
    System.arraycopy(body, 0, block, head.length, body.length);
    String warc =
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
            + uri
            + "\r\nWARC-Date: 2026-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
            + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(warc.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
