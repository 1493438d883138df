package org.unspin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unspin.extract.Article;
import org.unspin.extract.Extraction;
import org.unspin.extract.PageExtractor;
import org.unspin.farm.FarmArtifacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  Format format;

  @Mixin InputOptions input;

  @Override
  public Integer call() throws JsonProcessingException {
    Extraction x = new PageExtractor().extract(input.read());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(x));
    } else {
      out.print(text(x));
    }
    out.flush();
    return Main.OK;
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
