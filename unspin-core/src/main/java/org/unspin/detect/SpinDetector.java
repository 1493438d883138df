package org.unspin.detect;

/** Flags spun phrases in a story and proposes the wording they replaced. */
public interface SpinDetector {
  SpinAnalysis analyze(String text);
}
