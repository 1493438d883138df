package org.unspin.internal;

import java.util.function.Function;

/**
 * Remembers computed answers by string key, up to a number of entries, then starts afresh (a {@link
 * BoundedMap} keyed by strings). Safe for concurrent use; an answer may be computed twice when two
 * threads ask at the same time.
 *
 * @param <V> the answers
 */
public final class BoundedCache<V> {

  private final BoundedMap<String, V> answers;

  /** A cache of at most {@code maxEntries} answers. */
  public BoundedCache(int maxEntries) {
    this.answers = new BoundedMap<>(maxEntries);
  }

  /** The answer for {@code key}, computed by {@code compute} the first time it is asked. */
  public V get(String key, Function<String, V> compute) {
    return answers.get(key, compute);
  }
}
