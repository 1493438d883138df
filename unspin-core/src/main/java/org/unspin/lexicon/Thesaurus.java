package org.unspin.lexicon;

import java.util.List;

/** Words and phrases related in meaning to a word or phrase. */
public interface Thesaurus {

  /**
   * Related words and phrases for a lower-case phrase (words separated by single spaces), best
   * first; empty when the phrase is unknown.
   */
  List<String> related(String phrase);
}
