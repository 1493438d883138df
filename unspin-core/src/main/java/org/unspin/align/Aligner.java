package org.unspin.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns a copy against its source word by word (Myers' diff over normalized words, via
 * java-diff-utils) and groups the differences into segments. Stateless and thread-safe.
 */
public final class Aligner {

  /** Aligns {@code copy} against {@code source}. */
  public Alignment align(String copy, String source) {
    return align(Words.of(copy), Words.of(source));
  }

  /** Aligns already tokenized texts. */
  public Alignment align(Words copy, Words source) {
    // Words become small integers so the diff compares ints, not strings.
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> a = ids(source, ids);
    List<Integer> b = ids(copy, ids);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Segment> segments = new ArrayList<>();
    if (prefix > 0) {
      segments.add(new Segment(Segment.Kind.EQUAL, 0, prefix, 0, prefix));
    }
    Patch<Integer> patch =
        DiffUtils.diff(
            a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), false);
    int src = prefix;
    int cp = prefix;
    for (AbstractDelta<Integer> d : patch.getDeltas()) {
      int s0 = prefix + d.getSource().getPosition();
      int c0 = prefix + d.getTarget().getPosition();
      if (s0 > src) {
        segments.add(new Segment(Segment.Kind.EQUAL, cp, c0, src, s0));
      }
      int s1 = s0 + d.getSource().size();
      int c1 = c0 + d.getTarget().size();
      segments.add(new Segment(Segment.Kind.CHANGE, c0, c1, s0, s1));
      src = s1;
      cp = c1;
    }
    if (src < a.size()) {
      segments.add(new Segment(Segment.Kind.EQUAL, cp, b.size(), src, a.size()));
    }
    return new Alignment(copy, source, segments);
  }

  private static List<Integer> ids(Words words, Map<String, Integer> ids) {
    List<Integer> out = new ArrayList<>(words.size());
    for (String w : words.normalized()) {
      out.add(ids.computeIfAbsent(w, k -> ids.size()));
    }
    return out;
  }
}
