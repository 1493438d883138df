package org.unspin.extract;

import org.unspin.input.Input;

/**
 * Turns a page into its story and farm artifacts. Implementations never throw on bad web input:
 * they return an empty or partial {@link Extraction} with a note instead.
 */
public interface Extractor {
  Extraction extract(Input input);
}
