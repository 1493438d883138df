package org.unspin.eval.extraction;

import java.util.List;

/**
 * One page of an extraction dataset.
 *
 * @param id the page's id within its dataset
 * @param url the page's address when known, else an empty string
 * @param html the page's markup
 * @param truth the expected story text, or null when the dataset has none (farm pages)
 * @param type the page type (wcxb), or "article"
 * @param with snippets a correct extraction contains
 * @param without snippets a correct extraction leaves out
 * @param sourceHref the farm page's expected source link, or null
 */
public record EvalPage(
    String id,
    String url,
    String html,
    String truth,
    String type,
    List<String> with,
    List<String> without,
    String sourceHref) {
  public EvalPage {
    with = List.copyOf(with);
    without = List.copyOf(without);
  }
}
