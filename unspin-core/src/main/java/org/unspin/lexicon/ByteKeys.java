package org.unspin.lexicon;

import java.nio.ByteBuffer;

/**
 * Hashes of byte strings, for tables that look phrases up in a file as it lies (the same hash for a
 * run of a buffer and for an array holding the same bytes).
 */
final class ByteKeys {
  private ByteKeys() {}

  /** The hash of {@code data[from, from + length)}. */
  static int hash(ByteBuffer data, int from, int length) {
    int h = 1;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + data.get(i);
    }
    return mix(h);
  }

  /** The hash of {@code key}. */
  static int hash(byte[] key) {
    int h = 1;
    for (byte b : key) {
      h = 31 * h + b;
    }
    return mix(h);
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
