package org.unspin.lexicon;

import java.util.List;

/** N-gram counts over lower-cased word tokens. */
public interface LanguageModel {

  /** The highest n-gram order counted. */
  int order();

  /** How often the words occur in sequence; 0 when unseen or longer than {@link #order()}. */
  long count(List<String> words);

  /** The number of tokens counted. */
  long tokens();
}
