package org.unspin.extract;

import java.util.Objects;
import org.unspin.farm.FarmArtifacts;

/**
 * What extraction found on a page: the story, and the farm's wrapper that was taken out of it.
 *
 * @param article the story
 * @param farm the farm artifacts found and removed from the story
 * @param note why the article is empty or partial, or null when nothing needs saying
 */
public record Extraction(Article article, FarmArtifacts farm, String note) {
  public Extraction {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(farm, "farm");
  }
}
