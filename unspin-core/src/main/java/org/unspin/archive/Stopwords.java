package org.unspin.archive;

import java.util.Set;

/**
 * English function words. Spinners swap content words for synonyms but mostly leave these alone, so
 * their order survives spinning (Stamatatos 2011).
 */
final class Stopwords {
  private Stopwords() {}

  private static final Set<String> WORDS =
      Set.of(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
          "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
          "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
          "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
          "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
          "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now",
          "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
          "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their",
          "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to",
          "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when",
          "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
          "yours");

  /** Whether a normalized word is a function word. */
  static boolean contains(String word) {
    return WORDS.contains(word);
  }
}
