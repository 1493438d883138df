package org.unspin.report;

import java.util.List;
import java.util.Locale;
import org.unspin.archive.SourceMatch;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpunPhrase;
import org.unspin.farm.FarmArtifacts;

/**
 * The report as a readable terminal page: title, verdict, the story with each spun phrase marked
 * {@code [spun => original]}, then the farm's wrapper and the source.
 */
public final class ReportText {
  private static final int WIDTH = 100;

  private ReportText() {}

  /** Renders the report. */
  public static String render(Report report) {
    StringBuilder out = new StringBuilder();
    String title = report.article().title();
    if (title != null && !report.titlePhrases().isEmpty()) {
      title = marked(title, report.titlePhrases());
    }
    out.append(title == null ? "(no title)" : title).append('\n');
    out.append("=".repeat(Math.min(WIDTH, title == null ? 10 : title.length()))).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "input:   %s (%s, %,d bytes)%n",
            report.input().name(),
            report.input().kind().name().toLowerCase(Locale.ROOT),
            report.input().bytes()));
    SpinAnalysis spin = report.spin();
    out.append(
        String.format(
            Locale.ROOT,
            "verdict: %s (score %.2f; %d spun phrases; %.0f%% of words changed)%n",
            spin.verdict().name().toLowerCase(Locale.ROOT),
            spin.score(),
            spin.phrases().size(),
            100 * spin.changedWordRate()));
    if (report.note() != null) {
      out.append("note:    ").append(report.note()).append('\n');
    }
    out.append('\n');
    String text = report.article().text();
    if (text.isEmpty()) {
      out.append("(no story text found)\n");
    } else {
      out.append(wrap(marked(text, spin.phrases()))).append('\n');
    }
    if (!spin.phrases().isEmpty()) {
      out.append("\nSpun phrases (likely original, confidence, evidence):\n");
      for (SpunPhrase p : spin.phrases()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-28s => %-28s %.2f  %s%n",
                quote(p.text()),
                quote(p.restored()),
                p.confidence(),
                p.evidence()));
      }
    }
    out.append('\n').append(farm(report.farm()));
    source(out, report);
    return out.toString();
  }

  private static String marked(String text, List<SpunPhrase> phrases) {
    StringBuilder b = new StringBuilder(text.length() + phrases.size() * 16);
    int at = 0;
    for (SpunPhrase p : phrases) {
      b.append(text, at, p.start())
          .append('[')
          .append(p.text())
          .append(" => ")
          .append(p.restored())
          .append(']');
      at = p.end();
    }
    return b.append(text, at, text.length()).toString();
  }

  /** The farm's wrapper as a readable block (also used by {@code extract}). */
  public static String farm(FarmArtifacts farm) {
    StringBuilder out = new StringBuilder("Farm artifacts:");
    if (farm.isEmpty()) {
      return out.append(" none found\n").toString();
    }
    out.append('\n');
    if (!farm.adSlots().isEmpty()) {
      out.append("  ad slots: ");
      out.append(
          String.join(" ", farm.adSlots().stream().map(FarmArtifacts.AdSlot::marker).toList()));
      out.append('\n');
    }
    if (farm.sourceLink() != null) {
      out.append("  source link: ")
          .append(farm.sourceLink().text())
          .append(" -> ")
          .append(farm.sourceLink().href())
          .append('\n');
    }
    if (farm.commentForm()) {
      out.append("  comment form: yes\n");
    }
    for (FarmArtifacts.Widget w : farm.widgets()) {
      out.append("  widget (")
          .append(w.kind())
          .append("): ")
          .append(shorten(w.text()))
          .append('\n');
    }
    for (FarmArtifacts.WireCredit c : farm.wireCredits()) {
      out.append("  wire credit (")
          .append(c.agency())
          .append("): ")
          .append(shorten(c.text()))
          .append('\n');
    }
    return out.toString();
  }

  private static void source(StringBuilder out, Report report) {
    SourceMatch m = report.source();
    if (m != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "%nSource: %s%s (score %.2f, covers %.0f%% of the copy, %.0f%% of words changed, %d"
                  + " substitutions)%n",
              m.id(),
              m.url() == null ? "" : " " + m.url(),
              m.score(),
              100 * m.coverage(),
              100 * m.changedWordRate(),
              m.substitutions().size()));
    } else if (report.sourceSearch() != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "%nSource: none in the archive (%,d documents; best score %.2f)%n",
              report.sourceSearch().documents(),
              report.sourceSearch().bestScore()));
    }
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static String shorten(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 80 ? t : t.substring(0, 77) + "...";
  }

  /** Wraps each paragraph at {@link #WIDTH} columns, keeping blank lines between paragraphs. */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / WIDTH + 8);
    String[] paragraphs = text.split("\n\n", -1);
    for (int i = 0; i < paragraphs.length; i++) {
      if (i > 0) {
        out.append("\n\n");
      }
      int col = 0;
      for (String word : paragraphs[i].split(" ")) {
        if (col > 0 && col + 1 + word.length() > WIDTH) {
          out.append('\n');
          col = 0;
        } else if (col > 0) {
          out.append(' ');
          col++;
        }
        out.append(word);
        col += word.length();
      }
    }
    return out.toString();
  }
}
