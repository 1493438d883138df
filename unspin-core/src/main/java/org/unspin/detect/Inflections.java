package org.unspin.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Guessed base forms of an English word ("stated" → "state", "companies" → "company"), so that a
 * thesaurus listing base forms can relate inflected words. Over-generates; wrong guesses are simply
 * not found in the thesaurus.
 */
final class Inflections {
  private Inflections() {}

  /** The phrase itself first, then guessed base forms of its last word. */
  static List<String> baseForms(String phrase) {
    List<String> out = new ArrayList<>(4);
    out.add(phrase);
    int sp = phrase.lastIndexOf(' ');
    String head = sp < 0 ? "" : phrase.substring(0, sp + 1);
    String w = phrase.substring(sp + 1);
    int n = w.length();
    if (n < 4) {
      return out;
    }
    if (w.endsWith("ies")) {
      out.add(head + w.substring(0, n - 3) + "y");
    } else if (w.endsWith("es")) {
      out.add(head + w.substring(0, n - 2));
      out.add(head + w.substring(0, n - 1));
    } else if (w.endsWith("s") && !w.endsWith("ss")) {
      out.add(head + w.substring(0, n - 1));
    } else if (w.endsWith("ied")) {
      out.add(head + w.substring(0, n - 3) + "y");
    } else if (w.endsWith("ed")) {
      out.add(head + w.substring(0, n - 2));
      out.add(head + w.substring(0, n - 1));
      if (n > 5 && w.charAt(n - 3) == w.charAt(n - 4)) {
        out.add(head + w.substring(0, n - 3));
      }
    } else if (w.endsWith("ing") && n > 5) {
      out.add(head + w.substring(0, n - 3));
      out.add(head + w.substring(0, n - 3) + "e");
      if (w.charAt(n - 4) == w.charAt(n - 5)) {
        out.add(head + w.substring(0, n - 4));
      }
    } else if (w.endsWith("ly") && n > 5) {
      out.add(head + w.substring(0, n - 2));
    }
    return out;
  }
}
