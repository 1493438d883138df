package org.unspin.extract;

/**
 * How much a block speaks for the container it sits in: long prose counts for it, links, short
 * lines and menus count against it. The story's container is the subtree with the highest sum.
 */
final class BlockScore {
  /** Flat cost of every block, so that containers of many tiny blocks lose. */
  static final double BLOCK_COST = 25;

  /** Weight of link text against a container. */
  static final double LINK_WEIGHT = 2.5;

  private BlockScore() {}

  static double of(Block b) {
    int len = b.text().length();
    if (b.heading()) {
      return 0;
    }
    if (b.linkDensity() > 0.5) {
      return -len;
    }
    return len - LINK_WEIGHT * b.linkChars() - BLOCK_COST;
  }
}
