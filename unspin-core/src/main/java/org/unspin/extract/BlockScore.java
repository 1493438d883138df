package org.unspin.extract;

/**
 * How much a block speaks for the container it sits in: prose counts for it by its length, link
 * text inside it counts against it, and link lists (menus, teaser headlines) count against it. The
 * story's container is the subtree with the highest sum.
 */
final class BlockScore {
  /** Weight of link text against a container. */
  static final double LINK_WEIGHT = 2.5;

  /** Weight of a link-list block (mostly link text) against a container. */
  static final double LINK_LIST_WEIGHT = 0.5;

  private BlockScore() {}

  static double of(Block b) {
    int len = b.text().length();
    if (b.heading()) {
      return 0;
    }
    if (b.linkDensity() > 0.5) {
      return -LINK_LIST_WEIGHT * len;
    }
    return len - LINK_WEIGHT * b.linkChars();
  }
}
