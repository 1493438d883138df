package org.unspin.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers computed answers by key, up to a number of entries, then starts afresh (emptied when
 * full: no bookkeeping per hit, and the answers that matter come back at once). Safe for concurrent
 * use; an answer may be computed twice when two threads ask at the same time. Keys may be any value
 * with equals and hashCode (a record of two strings hashes from the strings' cached hashes, where a
 * joined string key is built and hashed again on every look-up).
 *
 * @param <K> the keys
 * @param <V> the answers
 */
public final class BoundedMap<K, V> {

  private final int maxEntries;
  private final Map<K, V> answers = new ConcurrentHashMap<>();

  /** A map of at most {@code maxEntries} answers. */
  public BoundedMap(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  /** The answer for {@code key}, computed by {@code compute} the first time it is asked. */
  public V get(K key, Function<K, V> compute) {
    V known = answers.get(key);
    if (known != null) {
      return known;
    }
    V answer = compute.apply(key);
    if (answers.size() >= maxEntries) {
      answers.clear();
    }
    answers.put(key, answer);
    return answer;
  }
}
