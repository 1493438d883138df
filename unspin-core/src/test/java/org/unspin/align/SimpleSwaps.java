package org.unspin.align;

import java.util.SplittableRandom;

/** A seeded test helper: swaps about a quarter of a text's words for made-up ones. */
final class SimpleSwaps {
  private static final String[] FAKE = {"zorb", "quell", "plinth", "murk", "vandle", "trosk"};

  private SimpleSwaps() {}

  static String swap(String text, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Words w = Words.of(text);
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int i = 0; i < w.size(); i++) {
      if (r.nextDouble() < 0.25) {
        sb.append(text, at, w.starts()[i]).append(FAKE[r.nextInt(FAKE.length)]);
        at = w.ends()[i];
      }
    }
    return sb.append(text.substring(at)).toString();
  }
}
