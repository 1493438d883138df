package org.unspin.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.unspin.extract.Extraction;
import org.unspin.extract.Extractor;
import org.unspin.extract.PageExtractor;
import org.unspin.input.Input;
import org.unspin.input.InputReader;
import org.unspin.input.UnreadableInputException;

/**
 * Reads stories to archive from files: folders of {@code .txt} and {@code .html} files, JSON Lines
 * ({@code {"id","url","title","text","date"}}), WARC files (plain or gzipped; HTML responses and
 * resources, unwrapped by the page extractor) and the Reuters-21578 SGML files. Unreadable records
 * are reported to the sink as skipped with a reason, never thrown.
 */
public final class ArchiveInputs {

  /** Where read stories go. */
  public interface Sink {
    /** One story read. */
    void document(ArchiveDocument doc);

    /** One record that could not be read, with why. */
    void skipped(String reason);
  }

  /** Longest JSON line or WARC payload read, in characters or bytes. */
  public static final int MAX_RECORD = 16 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Extractor extractor;
  private final InputReader decoder = new InputReader(MAX_RECORD);

  /** Inputs read with the standard page extractor. */
  public ArchiveInputs() {
    this(new PageExtractor());
  }

  /** Inputs whose HTML is unwrapped by {@code extractor}. */
  public ArchiveInputs(Extractor extractor) {
    this.extractor = extractor;
  }

  /** Whether {@code path} is a kind of file this reader knows. */
  public static boolean isSupported(Path path) {
    String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return ReutersSgml.isReutersFile(path)
        || n.endsWith(".txt")
        || n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".jsonl")
        || n.endsWith(".ndjson")
        || n.endsWith(".warc")
        || n.endsWith(".warc.gz");
  }

  /** The supported files under {@code input} (itself, when it is a file), in sorted order. */
  public static List<Path> files(Path input) throws IOException {
    if (Files.isRegularFile(input)) {
      return List.of(input);
    }
    try (Stream<Path> s = Files.walk(input)) {
      return s.filter(Files::isRegularFile).filter(ArchiveInputs::isSupported).sorted().toList();
    }
  }

  /** Reads every story in one file into {@code sink}; {@code root} names folder-relative ids. */
  public void read(Path root, Path file, Sink sink) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (ReutersSgml.isReutersFile(file)) {
        for (ReutersSgml.Story s : ReutersSgml.readFile(file)) {
          sink.document(new ArchiveDocument(s.id(), null, s.title(), s.text(), s.date()));
        }
      } else if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
        readJsonLines(file, sink);
      } else if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
        readWarc(file, sink);
      } else {
        readPlainFile(root, file, sink);
      }
    } catch (IOException | UnreadableInputException | RuntimeException e) {
      rethrowArchiveFailure(e);
      sink.skipped("unreadable file");
    }
  }

  /**
   * A failure of the archive being written (disk full, a stop requested by the user) is not a bad
   * record: it ends the run instead of being counted as a skipped input.
   */
  private static void rethrowArchiveFailure(Exception e) {
    if (e instanceof ArchiveException a) {
      throw a;
    }
  }

  private void readPlainFile(Path root, Path file, Sink sink)
      throws IOException, UnreadableInputException {
    if (Files.size(file) > MAX_RECORD) {
      sink.skipped("too large");
      return;
    }
    String rel =
        root.equals(file) ? file.getFileName().toString() : root.relativize(file).toString();
    String id = "file:" + rel.replace('\\', '/');
    document(id, null, null, decoder.decode(Files.readAllBytes(file), id), sink);
  }

  /** One decoded file or record: HTML is unwrapped by the extractor, text is taken as it is. */
  private void document(String id, String url, String date, Input input, Sink sink) {
    if (input.kind() == Input.Kind.TEXT) {
      sink.document(new ArchiveDocument(id, url, null, input.content(), date));
      return;
    }
    Extraction ex = extractor.extract(input);
    sink.document(new ArchiveDocument(id, url, ex.article().title(), ex.article().text(), date));
  }

  private static void readJsonLines(Path file, Sink sink) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      BoundedLines lines = new BoundedLines(r, MAX_RECORD);
      for (String line; (line = lines.next()) != null; ) {
        if (line == BoundedLines.TOO_LONG) {
          sink.skipped("too large");
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          sink.skipped("bad JSON");
          continue;
        }
        String id = text(node, "id");
        if (id == null) {
          id = text(node, "url");
        }
        String body = text(node, "text");
        if (id == null || body == null) {
          sink.skipped(id == null ? "no id" : "empty");
          continue;
        }
        sink.document(
            new ArchiveDocument(
                id, text(node, "url"), text(node, "title"), body, text(node, "date")));
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private void readWarc(Path file, Sink sink) throws IOException {
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // A corrupt or truncated record: the stream cannot be resynchronised safely.
          sink.skipped("corrupt WARC record");
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        WarcRecord rec = next.get();
        if (!(rec instanceof WarcResponse) && !(rec instanceof WarcResource)) {
          continue;
        }
        try {
          warcRecord((WarcTargetRecord) rec, sink);
        } catch (IOException | UnreadableInputException | RuntimeException e) {
          rethrowArchiveFailure(e);
          sink.skipped("corrupt WARC record");
        }
      }
    }
  }

  private void warcRecord(WarcTargetRecord rec, Sink sink)
      throws IOException, UnreadableInputException {
    Optional<WarcPayload> payload = rec.payload();
    if (payload.isEmpty()) {
      return;
    }
    MediaType type = payload.get().type();
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.contains("html");
    if (!html && !base.equals("text/plain")) {
      return;
    }
    byte[] bytes;
    try (InputStream in = payload.get().body().stream()) {
      bytes = in.readNBytes(MAX_RECORD + 1);
    }
    if (bytes.length > MAX_RECORD) {
      sink.skipped("too large");
      return;
    }
    String url = rec.target();
    String date = rec.date() == null ? null : rec.date().toString();
    document(url, url, date, decoder.decode(bytes, url), sink);
  }
}
