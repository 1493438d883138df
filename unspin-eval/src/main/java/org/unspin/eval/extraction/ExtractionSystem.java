package org.unspin.eval.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Readability4J;
import org.unspin.extract.Extraction;
import org.unspin.extract.PageExtractor;
import org.unspin.farm.FarmArtifacts;
import org.unspin.input.Input;

/** An extractor under evaluation: unspin's own, or a peer run beside it on the same pages. */
public interface ExtractionSystem {

  /**
   * What a system made of a page.
   *
   * @param text the extracted story text
   * @param sourceHref the farm's source link it reported, or null
   */
  record Output(String text, String sourceHref) {}

  /** The name in tables and on the command line. */
  String name();

  /** Extracts one page; may throw, which the harness counts as a failure. */
  Output extract(EvalPage page) throws Exception;

  /** The names the harness knows. */
  List<String> NAMES = List.of("unspin", "readability4j", "boilerpipe");

  /** The system of the given name. */
  static ExtractionSystem named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "unspin" -> new Unspin();
      case "readability4j" -> new Readability();
      case "boilerpipe" -> new Boilerpipe();
      default ->
          throw new IllegalArgumentException(
              "unknown extraction system '" + name + "'; known: " + NAMES);
    };
  }

  /** unspin's {@link PageExtractor}. */
  final class Unspin implements ExtractionSystem {
    private final PageExtractor extractor = new PageExtractor();

    @Override
    public String name() {
      return "unspin";
    }

    @Override
    public Output extract(EvalPage page) {
      Extraction x = extractor.extract(Input.ofHtml(page.id(), page.html()));
      FarmArtifacts.SourceLink link = x.farm().sourceLink();
      return new Output(x.article().text(), link == null ? null : link.href());
    }
  }

  /** Readability4J 1.0.8, the Kotlin port of Mozilla's Readability. */
  final class Readability implements ExtractionSystem {
    @Override
    public String name() {
      return "readability4j";
    }

    @Override
    public Output extract(EvalPage page) {
      String url = page.url().isEmpty() ? "http://localhost/" : page.url();
      String text = new Readability4J(url, page.html()).parse().getTextContent();
      return new Output(text == null ? "" : text, null);
    }
  }

  /** boilerpipe 1.2.2's ArticleExtractor. */
  final class Boilerpipe implements ExtractionSystem {
    @Override
    public String name() {
      return "boilerpipe";
    }

    @Override
    public Output extract(EvalPage page) throws Exception {
      String text = ArticleExtractor.INSTANCE.getText(page.html());
      return new Output(text == null ? "" : text, null);
    }
  }
}
