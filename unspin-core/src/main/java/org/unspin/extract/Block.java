package org.unspin.extract;

/**
 * One run of text between block-level boundaries, with the share of it inside links.
 *
 * @param text the whitespace-normalised text, trimmed and non-empty
 * @param linkChars how many of its characters sit inside {@code <a>} elements
 * @param tag the tag name of the block element that owns the text
 */
record Block(String text, int linkChars, String tag) {

  /** Share of the text inside links, 0..1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /** Whether the text sits in a table cell. */
  boolean cell() {
    return tag.equals("td") || tag.equals("th");
  }

  /** Whether the text sits in a heading element. */
  boolean heading() {
    return BoilerplateRules.HEADING_TAGS.contains(tag);
  }
}
