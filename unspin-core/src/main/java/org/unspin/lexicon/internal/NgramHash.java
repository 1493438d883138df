package org.unspin.lexicon.internal;

/**
 * 64-bit keys for n-grams of word ids and for fill-in-the-blank patterns. Deterministic across runs
 * and platforms: the compact model file stores them. Never 0 (0 marks an empty slot).
 */
public final class NgramHash {

  private static final long START = 0x243F6A8885A308D3L;
  private static final long GAP_START = 0x13198A2E03707344L;
  private static final long STEP = 0x9E3779B97F4A7C15L;

  private NgramHash() {}

  /** The state before the first word. */
  public static long start() {
    return START;
  }

  /** The state after one more word id. */
  public static long next(long state, int id) {
    return mix(state * STEP + id + 1);
  }

  /** The key of the n-gram of {@code length} words whose state is {@code state}. */
  public static long finish(long state, int length) {
    long h = mix(state + length);
    return h == 0 ? 1 : h;
  }

  /** The key of ids[from, from + length). */
  public static long of(int[] ids, int from, int length) {
    long h = START;
    for (int i = from; i < from + length; i++) {
      h = next(h, ids[i]);
    }
    return finish(h, length);
  }

  /** The key of the one-word n-gram {@code id} (as {@link #of}). */
  public static long ofWord(int id) {
    return finish(next(START, id), 1);
  }

  /** The key of the two-word n-gram {@code first second} (as {@link #of}). */
  public static long ofPair(int first, int second) {
    return finish(next(next(START, first), second), 2);
  }

  /** The key of the pattern "left, a blank of {@code gap} words, right". */
  public static long blank(int left, int gap, int right) {
    long h = mix(GAP_START * STEP + left + 2);
    h = mix(h * STEP + gap);
    h = mix(h * STEP + right + 2);
    return h == 0 ? 1 : h;
  }

  /** A filler of two words as one code (one-word fillers are their id). */
  public static long pair(int first, int second) {
    return ((long) first << 32) | (second & 0xFFFFFFFFL);
  }

  /** The first word of a two-word filler code. */
  public static int first(long code) {
    return (int) (code >>> 32);
  }

  /** The second word of a two-word filler code. */
  public static int second(long code) {
    return (int) code;
  }

  /** MurmurHash3's 64-bit finaliser. */
  public static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
