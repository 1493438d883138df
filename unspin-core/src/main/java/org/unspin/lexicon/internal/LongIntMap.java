package org.unspin.lexicon.internal;

/**
 * An open-addressing hash map from non-zero {@code long} keys to {@code int} values (0 means
 * absent). Not thread-safe for writes.
 */
public final class LongIntMap {

  private static final double LOAD = 0.6;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  /** An empty map sized for about {@code expected} keys. */
  public LongIntMap(int expected) {
    int capacity = Integer.highestOneBit((int) Math.max(16, expected / LOAD) * 2 - 1);
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** The value of {@code key}, 0 when absent. */
  public int get(long key) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sets the value of {@code key} (non-zero) and returns the old value, 0 when absent. */
  public int put(long key, int value) {
    if (key == 0) {
      throw new IllegalArgumentException("key 0 is reserved");
    }
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        int old = values[i];
        values[i] = value;
        return old;
      }
      if (k == 0) {
        keys[i] = key;
        values[i] = value;
        if (++size > mask * LOAD) {
          grow();
        }
        return 0;
      }
      i = (i + 1) & mask;
    }
  }

  /** The number of keys. */
  public int size() {
    return size;
  }

  private int slot(long key) {
    return (int) NgramHash.mix(key) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "LongIntMap[size=" + size + ", capacity=" + keys.length + "]";
  }
}
