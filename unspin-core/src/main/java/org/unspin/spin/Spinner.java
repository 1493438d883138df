package org.unspin.spin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.unspin.lexicon.FunctionWords;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.Token;
import org.unspin.lexicon.Tokenizer;

/**
 * The content farms' article spinner, reimplemented: swaps words and phrases for thesaurus
 * look-alikes the way farm spinners do.
 *
 * <ul>
 *   <li>Phrases first: at each word the longest phrase (up to {@link SpinOptions#maxPhraseWords}
 *       words, within a sentence, with nothing but spaces between its words) the thesaurus knows is
 *       the candidate there; replacements may be longer or shorter ("due to" → "because of").
 *   <li>Grammar is ignored beyond what the thesaurus gives ("an" before a consonant stays).
 *   <li>Function words alone, numbers and all-capital words (acronyms) are never swapped; names
 *       made of ordinary words ("White House") are, at {@link SpinOptions#nameRate}; other proper
 *       nouns have no thesaurus entry and stay.
 *   <li>Capitalisation is carried over: a capitalised first word capitalises the replacement, a
 *       name in title case keeps title case ("White Home").
 *   <li>Candidates are drawn at random until the target rate of changed words is reached (or the
 *       candidates run out); every choice comes from the seed.
 * </ul>
 *
 * <p>Immutable and thread-safe when its thesaurus is.
 */
public final class Spinner {

  private final Thesaurus thesaurus;
  private final SpinOptions options;

  public Spinner(Thesaurus thesaurus, SpinOptions options) {
    this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The spun text and the exact substitutions; never throws on any text. */
  public SpunText spin(String text) {
    Random random = new Random(options.seed());
    List<Candidate> candidates = new ArrayList<>();
    int words = 0;
    for (List<Token> sentence : Tokenizer.sentences(text)) {
      words += sentence.size();
      int i = 0;
      while (i < sentence.size()) {
        Candidate c = longestAt(text, sentence, i, random);
        if (c == null) {
          i++;
        } else {
          candidates.add(c);
          i += c.tokens.size();
        }
      }
    }
    List<Candidate> chosen = choose(candidates, (int) Math.round(options.rate() * words), random);
    return apply(text, chosen, words, random);
  }

  private Candidate longestAt(String text, List<Token> sentence, int i, Random random) {
    int longest = Math.min(options.maxPhraseWords(), sentence.size() - i);
    for (int n = longest; n >= 1; n--) {
      List<Token> span = sentence.subList(i, i + n);
      Shape shape = shape(text, span, i == 0);
      if (shape == null) {
        continue;
      }
      String phrase = phrase(span);
      List<String> related = usable(phrase, thesaurus.related(phrase));
      if (related.isEmpty()) {
        continue;
      }
      if (shape == Shape.NAME && random.nextDouble() >= options.nameRate()) {
        return null;
      }
      return new Candidate(List.copyOf(span), related, shape);
    }
    return null;
  }

  /** What kind of span this is, or null when it may not be swapped. */
  private static Shape shape(String text, List<Token> span, boolean sentenceStart) {
    int capitalized = 0;
    for (int k = 0; k < span.size(); k++) {
      Token t = span.get(k);
      if (t.norm().equals(Tokenizer.NUMBER) || isAcronym(t.text())) {
        return null;
      }
      if (k > 0 && !text.substring(span.get(k - 1).end(), t.start()).isBlank()) {
        return null;
      }
      if (k > 0 && span.get(k - 1).end() == t.start()) {
        return null;
      }
      if (t.capitalized()) {
        capitalized++;
      }
    }
    if (span.size() == 1 && FunctionWords.contains(span.get(0).norm())) {
      return null;
    }
    if (capitalized == 0) {
      return Shape.LOWER;
    }
    if (sentenceStart && capitalized == 1 && span.get(0).capitalized()) {
      return Shape.SENTENCE_START;
    }
    return capitalized == span.size() ? Shape.NAME : null;
  }

  private static boolean isAcronym(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }

  private static String phrase(List<Token> span) {
    StringBuilder b = new StringBuilder();
    for (Token t : span) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.norm());
    }
    return b.toString();
  }

  /** The best replacements a spinner would use: plain words, not containing the phrase. */
  private List<String> usable(String phrase, List<String> related) {
    List<String> out = new ArrayList<>();
    String padded = " " + phrase + " ";
    for (String r : related) {
      if (out.size() == options.choices()) {
        break;
      }
      String candidate = r.strip();
      if (candidate.isEmpty()
          || candidate.equals(phrase)
          || candidate.split(" ").length > 4
          || !isPlain(candidate)
          || (" " + candidate + " ").contains(padded)
          || padded.contains(" " + candidate + " ")) {
        continue;
      }
      out.add(candidate);
    }
    return out;
  }

  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }

  /** Random candidates, as many as fit the target number of changed words. */
  private static List<Candidate> choose(List<Candidate> candidates, int target, Random random) {
    List<Candidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, random);
    List<Candidate> chosen = new ArrayList<>();
    int changed = 0;
    for (Candidate c : shuffled) {
      if (changed >= target) {
        break;
      }
      if (changed + c.tokens.size() <= target) {
        chosen.add(c);
        changed += c.tokens.size();
      }
    }
    chosen.sort(Comparator.comparingInt(c -> c.tokens.get(0).start()));
    return chosen;
  }

  private SpunText apply(String text, List<Candidate> chosen, int words, Random random) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    List<Substitution> substitutions = new ArrayList<>(chosen.size());
    int at = 0;
    for (Candidate c : chosen) {
      int start = c.tokens.get(0).start();
      int end = c.tokens.get(c.tokens.size() - 1).end();
      String replacement = c.shape.recase(c.related.get(random.nextInt(c.related.size())));
      out.append(text, at, start);
      int spunStart = out.length();
      out.append(replacement);
      substitutions.add(
          new Substitution(
              start,
              end,
              text.substring(start, end),
              spunStart,
              out.length(),
              replacement,
              c.tokens.size()));
      at = end;
    }
    out.append(text, at, text.length());
    return new SpunText(text, out.toString(), substitutions, words, options);
  }

  /** How a span is capitalised, and so how its replacement must be. */
  private enum Shape {
    LOWER,
    SENTENCE_START,
    NAME;

    String recase(String replacement) {
      return switch (this) {
        case LOWER -> replacement;
        case SENTENCE_START -> capitalize(replacement);
        case NAME -> {
          String[] words = replacement.split(" ");
          for (int i = 0; i < words.length; i++) {
            words[i] = capitalize(words[i]);
          }
          yield String.join(" ", words);
        }
      };
    }

    private static String capitalize(String s) {
      return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
  }

  private record Candidate(List<Token> tokens, List<String> related, Shape shape) {}
}
