package org.unspin.eval.spin;

/** Spins a text at a rate, reproducibly, and says exactly what it replaced. */
@FunctionalInterface
public interface Spinner {
  SpunStory spin(String text, double rate, long seed);
}
