package org.unspin.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.unspin.farm.FarmArtifacts;
import org.unspin.input.Input;

/**
 * The standard extractor. (First cut: paragraphs of the page; replaced by the extraction stage.)
 */
public final class PageExtractor implements Extractor {

  @Override
  public Extraction extract(Input input) {
    if (input.kind() == Input.Kind.TEXT) {
      List<String> paragraphs = new ArrayList<>();
      for (String p : input.content().split("\\n\\s*\\n")) {
        String t = p.strip().replaceAll("\\s+", " ");
        if (!t.isEmpty()) {
          paragraphs.add(t);
        }
      }
      return new Extraction(new Article(null, null, null, paragraphs), FarmArtifacts.none(), null);
    }
    Document doc = Jsoup.parse(input.content());
    List<String> paragraphs = new ArrayList<>();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    String title = doc.title().isBlank() ? null : doc.title().strip();
    return new Extraction(new Article(title, null, null, paragraphs), FarmArtifacts.none(), null);
  }
}
