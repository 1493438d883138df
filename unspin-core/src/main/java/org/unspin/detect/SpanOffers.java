package org.unspin.detect;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the first reading of a text offered each span, kept for the second reading: a span's
 * candidates and which of them are seen beside each neighbour depend on the span and its two
 * neighbours alone (not on the words further out, which only the candidate windows read), so where
 * the second reading changed neither neighbour it reuses them instead of building and asking them
 * again. A span that offered nothing (seen in its context, or no candidate) offers nothing again.
 *
 * <p>Direct-mapped by span ({@code first * 4 + length - 1}) over a fixed number of slots, so a long
 * text keeps only the later spans of each slot (the others are built again); one instance per
 * reading of one text, never shared between threads.
 */
final class SpanOffers {

  /** Slots: every span of a text up to 4,096 words. */
  static final int SLOTS = 1 << 14;

  /**
   * What one span offered between {@code left} and {@code right} (null where absent): its
   * candidates and their neighbour check ({@link CandidateList#seenBeside}), or null for both when
   * it offered none.
   */
  record Offer(String left, String right, CandidateList candidates, boolean[] beside) {

    /** Whether the span offered nothing (it makes no finding in this context). */
    boolean none() {
      return candidates == null;
    }
  }

  private final int[] spans = new int[SLOTS];
  private final Offer[] offers = new Offer[SLOTS];

  private static int key(int first, int length) {
    return first * 4 + length - 1;
  }

  /** Remembers what span {@code [first, first + length)} offered; copies {@code beside}. */
  void put(int first, int length, Offer offer) {
    int key = key(first, length);
    int slot = key & (SLOTS - 1);
    boolean[] beside = offer.beside();
    spans[slot] = key + 1;
    offers[slot] =
        beside == null
            ? offer
            : new Offer(
                offer.left(),
                offer.right(),
                offer.candidates(),
                Arrays.copyOf(beside, 2 * offer.candidates().size()));
  }

  /**
   * What span {@code [first, first + length)} offered between the same neighbours, or null when it
   * was not kept or its neighbours differed.
   */
  Offer get(int first, int length, String left, String right) {
    int key = key(first, length);
    int slot = key & (SLOTS - 1);
    Offer o = spans[slot] == key + 1 ? offers[slot] : null;
    return o != null && Objects.equals(o.left(), left) && Objects.equals(o.right(), right)
        ? o
        : null;
  }
}
