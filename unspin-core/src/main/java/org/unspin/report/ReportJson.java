package org.unspin.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.unspin.archive.SourceMatch;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpunPhrase;
import org.unspin.extract.Article;
import org.unspin.farm.FarmArtifacts;

/**
 * The report's JSON form. The field names are a contract: later versions add fields, never rename
 * or remove them. Built field by field (not by reflection) so that a refactoring of the records
 * cannot change the contract by accident.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** The report as pretty-printed JSON. */
  public static String write(Report report) {
    return write(toTree(report));
  }

  /** A tree (say, of {@link #article} and {@link #farm} objects) as pretty-printed JSON. */
  public static String write(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  /** The report as a JSON tree. */
  public static ObjectNode toTree(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode input = root.putObject("input");
    input.put("name", report.input().name());
    input.put("kind", report.input().kind().name().toLowerCase(Locale.ROOT));
    input.put("bytes", report.input().bytes());
    root.set("article", article(report.article()));
    root.set("farm", farm(report.farm()));
    ObjectNode spin = spin(report.spin());
    spin.set("titlePhrases", phrases(report.titlePhrases()));
    root.set("spin", spin);
    if (report.source() == null) {
      root.putNull("source");
    } else {
      root.set("source", source(report.source()));
    }
    if (report.sourceSearch() != null) {
      ObjectNode s = root.putObject("sourceSearch");
      s.put("documents", report.sourceSearch().documents());
      s.put("bestScore", report.sourceSearch().bestScore());
    }
    root.put("restoredText", report.restoredText());
    root.put("restoredTitle", report.restoredTitle());
    if (report.note() != null) {
      root.put("note", report.note());
    }
    return root;
  }

  /** The article object (also used by {@code extract --format json}). */
  public static ObjectNode article(Article article) {
    ObjectNode a = MAPPER.createObjectNode();
    a.put("title", article.title());
    a.put("byline", article.byline());
    a.put("date", article.date());
    a.put("text", article.text());
    ArrayNode paragraphs = a.putArray("paragraphs");
    article.paragraphs().forEach(paragraphs::add);
    return a;
  }

  /** The farm object (also used by {@code extract --format json}). */
  public static ObjectNode farm(FarmArtifacts farm) {
    ObjectNode f = MAPPER.createObjectNode();
    ArrayNode ads = f.putArray("adSlots");
    farm.adSlots().forEach(ad -> ads.addObject().put("marker", ad.marker()));
    if (farm.sourceLink() == null) {
      f.putNull("sourceLink");
    } else {
      f.putObject("sourceLink")
          .put("text", farm.sourceLink().text())
          .put("href", farm.sourceLink().href());
    }
    f.put("commentForm", farm.commentForm());
    ArrayNode widgets = f.putArray("widgets");
    farm.widgets().forEach(w -> widgets.addObject().put("kind", w.kind()).put("text", w.text()));
    ArrayNode credits = f.putArray("wireCredits");
    farm.wireCredits()
        .forEach(c -> credits.addObject().put("agency", c.agency()).put("text", c.text()));
    return f;
  }

  private static ObjectNode spin(SpinAnalysis spin) {
    ObjectNode s = MAPPER.createObjectNode();
    s.put("verdict", spin.verdict().name().toLowerCase(Locale.ROOT));
    s.put("score", spin.score());
    s.put("changedWordRate", spin.changedWordRate());
    s.set("phrases", phrases(spin.phrases()));
    return s;
  }

  private static ArrayNode phrases(List<SpunPhrase> list) {
    ArrayNode phrases = MAPPER.createArrayNode();
    for (SpunPhrase p : list) {
      ObjectNode o = phrases.addObject();
      o.put("start", p.start());
      o.put("end", p.end());
      o.put("text", p.text());
      o.put("restored", p.restored());
      ArrayNode alts = o.putArray("alternatives");
      p.alternatives().forEach(alts::add);
      o.put("confidence", p.confidence());
      o.put("evidence", p.evidence());
    }
    return phrases;
  }

  private static ObjectNode source(SourceMatch m) {
    ObjectNode s = MAPPER.createObjectNode();
    s.put("id", m.id());
    s.put("url", m.url());
    s.put("title", m.title());
    s.put("score", m.score());
    s.put("coverage", m.coverage());
    s.put("changedWordRate", m.changedWordRate());
    ArrayNode subs = s.putArray("substitutions");
    for (SourceMatch.Substitution sub : m.substitutions()) {
      subs.addObject()
          .put("copyStart", sub.copyStart())
          .put("copyEnd", sub.copyEnd())
          .put("copyText", sub.copyText())
          .put("sourceStart", sub.sourceStart())
          .put("sourceEnd", sub.sourceEnd())
          .put("sourceText", sub.sourceText());
    }
    return s;
  }
}
