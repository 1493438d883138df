package org.unspin.report;

import java.util.List;
import java.util.Objects;
import org.unspin.archive.SourceMatch;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpunPhrase;
import org.unspin.extract.Article;
import org.unspin.farm.FarmArtifacts;
import org.unspin.input.Input;

/**
 * Everything unspin found out about one page: the contract behind {@code check --format json}.
 *
 * @param input what was read: name, kind and size
 * @param article the story without the farm's chrome
 * @param farm the farm's wrapper
 * @param spin the spun phrases and the verdict
 * @param source the archived original, or null when there is none (or no archive)
 * @param sourceSearch how the archive search went, or null when no archive was searched
 * @param restoredText the story with every spun phrase replaced by its likely original
 * @param note why the article is empty or partial, or null
 * @param titlePhrases spun phrases of the title, with offsets into {@code article.title}
 * @param restoredTitle the title with its spun phrases restored, or null when there is no title
 */
public record Report(
    InputInfo input,
    Article article,
    FarmArtifacts farm,
    SpinAnalysis spin,
    SourceMatch source,
    SourceSearch sourceSearch,
    String restoredText,
    String note,
    List<SpunPhrase> titlePhrases,
    String restoredTitle) {

  public Report {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(farm, "farm");
    Objects.requireNonNull(spin, "spin");
    Objects.requireNonNull(restoredText, "restoredText");
    titlePhrases = List.copyOf(titlePhrases);
  }

  /** The report's view of its input. */
  public record InputInfo(String name, Input.Kind kind, long bytes) {
    public static InputInfo of(Input input) {
      return new InputInfo(input.name(), input.kind(), input.bytes());
    }
  }

  /**
   * How the archive search went: {@code documents} searched and the best verification score seen,
   * so that "no source in the archive" is a clear answer.
   */
  public record SourceSearch(long documents, double bestScore) {}
}
