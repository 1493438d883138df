package org.unspin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unspin.extract.Article;
import org.unspin.extract.Extraction;
import org.unspin.extract.PageExtractor;
import org.unspin.farm.FarmArtifacts;
import org.unspin.input.Input;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unspin extract}: the story of a page and the farm's wrapper around it. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print a page's story (title, byline, date, paragraphs) and its farm artifacts.")
public final class ExtractCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  private static final long MAX_BYTES = 256L << 20;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_SNIFF =
      Pattern.compile(
          "<\\s*(?:!doctype\\s+html|html|head|body|p|div|article|br|a\\s|span|meta|title|table|h[1-6])\\b",
          Pattern.CASE_INSENSITIVE);

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Parameters(
      index = "0",
      paramLabel = "FILE|-",
      description = "HTML or text file, or - for stdin.")
  String file;

  @Override
  public Integer call() throws IOException {
    Input input = read(file);
    Extraction x = new PageExtractor().extract(input);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(x));
    } else {
      out.print(text(x));
    }
    out.flush();
    return Main.OK;
  }

  /**
   * Reads a file or stdin into an {@link Input}: kind sniffed from the bytes, charset from a BOM or
   * a meta tag, else UTF-8 with replacement.
   */
  static Input read(String name) {
    byte[] bytes;
    try {
      if (name.equals("-")) {
        bytes = readCapped(System.in, "stdin");
      } else {
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
          throw UnspinCliException.usage(name + ": is a directory, not a file");
        }
        if (!Files.isRegularFile(p)) {
          throw UnspinCliException.usage(name + ": no such file");
        }
        try (InputStream in = Files.newInputStream(p)) {
          bytes = readCapped(in, name);
        }
      }
    } catch (IOException e) {
      throw UnspinCliException.usage(name + ": cannot read: " + e.getMessage(), e);
    }
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        try {
          cs = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
          cs = StandardCharsets.UTF_8;
        }
      }
    }
    String content = new String(bytes, skip, bytes.length - skip, cs);
    String start = content.substring(0, Math.min(content.length(), 4096));
    Input.Kind kind = HTML_SNIFF.matcher(start).find() ? Input.Kind.HTML : Input.Kind.TEXT;
    return new Input(name, kind, bytes.length, content);
  }

  private static byte[] readCapped(InputStream in, String name) throws IOException {
    byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
    if (b.length > MAX_BYTES) {
      throw UnspinCliException.usage(name + ": larger than " + (MAX_BYTES >> 20) + " MB");
    }
    return b;
  }

  static String text(Extraction x) {
    Article a = x.article();
    StringBuilder sb = new StringBuilder();
    if (a.title() != null) {
      sb.append(a.title()).append('\n');
    }
    if (a.byline() != null) {
      sb.append("By ").append(a.byline()).append('\n');
    }
    if (a.date() != null) {
      sb.append(a.date()).append('\n');
    }
    if (sb.length() > 0) {
      sb.append('\n');
    }
    if (!a.paragraphs().isEmpty()) {
      sb.append(a.text()).append("\n\n");
    }
    FarmArtifacts f = x.farm();
    if (!f.isEmpty()) {
      sb.append("-- farm artifacts --\n");
      if (!f.adSlots().isEmpty()) {
        List<String> ads = new ArrayList<>();
        f.adSlots().forEach(s -> ads.add(s.marker()));
        sb.append("ad slots: ").append(String.join(" ", ads)).append('\n');
      }
      if (f.sourceLink() != null) {
        sb.append("source link: ")
            .append(f.sourceLink().text())
            .append(" -> ")
            .append(f.sourceLink().href())
            .append('\n');
      }
      if (f.commentForm()) {
        sb.append("comment form: yes\n");
      }
      f.widgets()
          .forEach(
              w ->
                  sb.append("widget (")
                      .append(w.kind())
                      .append("): ")
                      .append(w.text())
                      .append('\n'));
      f.wireCredits()
          .forEach(
              w ->
                  sb.append("wire credit (")
                      .append(w.agency())
                      .append("): ")
                      .append(w.text())
                      .append('\n'));
    }
    if (x.note() != null) {
      sb.append("note: ").append(x.note()).append('\n');
    }
    return sb.toString();
  }

  static String json(Extraction x) throws JsonProcessingException {
    Article a = x.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", a.title());
    m.put("byline", a.byline());
    m.put("date", a.date());
    m.put("paragraphs", a.paragraphs());
    m.put("text", a.text());
    FarmArtifacts f = x.farm();
    Map<String, Object> farm = new LinkedHashMap<>();
    farm.put("adSlots", f.adSlots());
    farm.put("sourceLink", f.sourceLink());
    farm.put("commentForm", f.commentForm());
    farm.put("widgets", f.widgets());
    farm.put("wireCredits", f.wireCredits());
    m.put("farm", farm);
    m.put("note", x.note());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
  }
}
