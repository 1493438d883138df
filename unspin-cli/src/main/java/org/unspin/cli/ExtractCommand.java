package org.unspin.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.unspin.extract.Article;
import org.unspin.extract.Extraction;
import org.unspin.extract.PageExtractor;
import org.unspin.report.ReportJson;
import org.unspin.report.ReportText;
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
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      defaultValue = "text")
  OutputFormat format;

  @Mixin InputOptions input;

  @Override
  public Integer call() {
    Extraction x = new PageExtractor().extract(input.read());
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
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
    if (!x.farm().isEmpty()) {
      sb.append(ReportText.farm(x.farm()));
    }
    if (x.note() != null) {
      sb.append("note: ").append(x.note()).append('\n');
    }
    return sb.toString();
  }

  static String json(Extraction x) {
    ObjectNode o = ReportJson.article(x.article());
    o.set("farm", ReportJson.farm(x.farm()));
    o.put("note", x.note());
    return ReportJson.write(o);
  }
}
