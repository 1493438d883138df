package org.unspin.archive;

import java.util.Objects;

/**
 * One story in the archive.
 *
 * @param id the archive's key: re-indexing a document with the same id replaces it
 * @param url where the story was published, or null
 * @param title the headline, or null
 * @param text the story's text, paragraphs separated by blank lines
 * @param date the publication date as given, or null
 */
public record ArchiveDocument(String id, String url, String title, String text, String date) {
  public ArchiveDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
