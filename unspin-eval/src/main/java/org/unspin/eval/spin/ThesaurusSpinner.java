package org.unspin.eval.spin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unspin.lexicon.Thesaurus;

/**
 * The evaluation's adversary: replaces words and phrases of up to three words by a thesaurus
 * neighbour, the way article spinners do (ignoring grammar, keeping most names, spinning names made
 * of common words now and then), at a given share of the words, reproducibly from a seed.
 */
final class ThesaurusSpinner implements Spinner {

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['\u2019-][\\p{L}]+)*|\\S");
  private static final Pattern PLAIN = Pattern.compile("[a-z]+(?:[ -][a-z]+){0,2}");

  private final Thesaurus thesaurus;
  private final double nameShare;

  /** A spinner drawing from {@code thesaurus}; {@code nameShare} scales the rate for names. */
  ThesaurusSpinner(Thesaurus thesaurus, double nameShare) {
    this.thesaurus = thesaurus;
    this.nameShare = nameShare;
  }

  private record Tok(int start, int end, String lower, boolean word, boolean cap, boolean first) {}

  @Override
  public SpunStory spin(String text, double rate, long seed) {
    List<Tok> toks = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    boolean sentenceStart = true;
    while (m.find()) {
      String g = m.group();
      boolean word = Character.isLetter(g.charAt(0));
      boolean cap = word && Character.isUpperCase(g.charAt(0));
      toks.add(new Tok(m.start(), m.end(), g.toLowerCase(Locale.ROOT), word, cap, sentenceStart));
      if (word) {
        sentenceStart = false;
      } else if (".!?".contains(g)) {
        sentenceStart = true;
      }
    }
    // first pass: which positions could be spun at all, to turn the rate into a probability
    int words = 0;
    int eligible = 0;
    for (int i = 0; i < toks.size(); i++) {
      if (toks.get(i).word()) {
        words++;
        if (!choices(toks.get(i).lower()).isEmpty()) {
          eligible++;
        }
      }
    }
    double p = eligible == 0 ? 0 : Math.min(1, rate * words / eligible);
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(text.length() + 64);
    List<SpunStory.Substitution> subs = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < toks.size(); ) {
      Tok t = toks.get(i);
      if (!t.word() || t.lower().length() < 2) {
        i++;
        continue;
      }
      boolean name = t.cap() && !t.first();
      double pi = name ? p * nameShare : p;
      if (random.nextDouble() >= pi) {
        i++;
        continue;
      }
      int best = 0;
      List<String> options = List.of();
      for (int len = 3; len >= 1 && best == 0; len--) {
        if (!sameCase(toks, i, len)) {
          continue;
        }
        String phrase = join(toks, i, len);
        List<String> c = choices(phrase);
        if (!c.isEmpty()) {
          best = len;
          options = c;
        }
      }
      if (best == 0) {
        i++;
        continue;
      }
      Tok last = toks.get(i + best - 1);
      String replacement = options.get(random.nextInt(Math.min(5, options.size())));
      if (t.cap()) {
        replacement = name ? titleCase(replacement) : capitalize(replacement);
      }
      out.append(text, at, t.start());
      int s = out.length();
      out.append(replacement);
      subs.add(new SpunStory.Substitution(s, out.length(), text.substring(t.start(), last.end())));
      at = last.end();
      i += best;
    }
    out.append(text, at, text.length());
    return new SpunStory(out.toString(), subs);
  }

  private List<String> choices(String phrase) {
    List<String> out = new ArrayList<>();
    for (String r : thesaurus.related(phrase)) {
      if (!r.equals(phrase) && PLAIN.matcher(r).matches()) {
        out.add(r);
      }
    }
    return out;
  }

  /** A phrase of words in one case run, with no punctuation between them. */
  private static boolean sameCase(List<Tok> toks, int i, int len) {
    if (i + len > toks.size()) {
      return false;
    }
    for (int k = i; k < i + len; k++) {
      Tok t = toks.get(k);
      if (!t.word() || (k > i && t.cap() != toks.get(i).cap())) {
        return false;
      }
    }
    return true;
  }

  private static String join(List<Tok> toks, int i, int len) {
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < i + len; k++) {
      if (k > i) {
        sb.append(' ');
      }
      sb.append(toks.get(k).lower());
    }
    return sb.toString();
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean up = true;
    for (char c : s.toCharArray()) {
      sb.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ';
    }
    return sb.toString();
  }
}
