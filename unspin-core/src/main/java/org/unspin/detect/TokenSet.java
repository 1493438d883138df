package org.unspin.detect;

import java.util.Arrays;

/**
 * A set of longs (tokens, {@link ContextScorer#token}, or hashes) in open addressing over one
 * array: no boxed longs, for the sets the detector builds per span. Not safe for concurrent use.
 */
final class TokenSet {

  /** Marks an empty slot; the set holds this value apart. */
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] slots;
  private int size;
  private boolean hasEmpty;

  /** An empty set sized for about {@code expected} tokens. */
  TokenSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, 2 * expected) - 1) << 1;
    slots = new long[capacity];
    Arrays.fill(slots, EMPTY);
  }

  /** Adds a token; whether it was absent (as {@link java.util.Set#add}). */
  boolean add(long token) {
    if (token == EMPTY) {
      boolean added = !hasEmpty;
      hasEmpty = true;
      return added;
    }
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int i = find(token);
    if (slots[i] == token) {
      return false;
    }
    slots[i] = token;
    size++;
    return true;
  }

  /** Whether the set holds a token. */
  boolean contains(long token) {
    if (token == EMPTY) {
      return hasEmpty;
    }
    return slots[find(token)] == token;
  }

  /** The slot holding {@code token}, or the empty slot where it would go. */
  private int find(long token) {
    int mask = slots.length - 1;
    int i = slot(token, mask);
    while (slots[i] != token && slots[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    Arrays.fill(slots, EMPTY);
    for (long t : old) {
      if (t != EMPTY) {
        slots[find(t)] = t;
      }
    }
  }

  private static int slot(long token, int mask) {
    long h = token * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
