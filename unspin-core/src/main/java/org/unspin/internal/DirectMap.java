package org.unspin.internal;

/**
 * A small direct-mapped table in front of a slower cache, for answers keyed by a {@code long} (word
 * codes packed into one number): a look-up is a hash of the key and one or two memory reads, with
 * no string hashed or compared and nothing allocated. A later key landing on the same slot replaces
 * the earlier one, so it holds at most its number of slots. Safe for concurrent use: its entries
 * are immutable, and a race only sends a caller to the slower cache again.
 *
 * @param <V> the answers
 */
public final class DirectMap<V> {

  private record Entry<V>(long key, V value) {}

  private final Entry<V>[] slots;
  private final int shift;

  /** A table of {@code 2^bits} slots. */
  @SuppressWarnings("unchecked")
  public DirectMap(int bits) {
    if (bits < 1 || bits > 24) {
      throw new IllegalArgumentException("bits must be 1 to 24: " + bits);
    }
    this.slots = (Entry<V>[]) new Entry<?>[1 << bits];
    this.shift = 64 - bits;
  }

  /** The answer remembered for {@code key}, or null. */
  public V get(long key) {
    Entry<V> e = slots[slot(key)];
    return e != null && e.key() == key ? e.value() : null;
  }

  /** Remembers {@code value} (not null) for {@code key}, in place of whatever held its slot. */
  public void put(long key, V value) {
    slots[slot(key)] = new Entry<>(key, value);
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }
}
