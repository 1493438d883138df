package org.unspin.lexicon;

import java.util.Map;

/**
 * The English inflections a thesaurus can carry over from a word to its synonym ("said" → "say" →
 * "state" → "stated"): regular suffix rules plus WordNet's irregular forms.
 */
enum Inflection {
  /** Past tense or participle of a verb. */
  PAST,
  /** Third person singular of a verb, plural of a noun. */
  S,
  /** Present participle of a verb. */
  ING;

  /**
   * How {@code surface} inflects {@code base}, or null when it is not one of these inflections.
   *
   * @param verb whether the base is a verb (else a noun)
   * @param irregular whether WordNet lists {@code surface} as an irregular form
   */
  static Inflection of(boolean verb, String surface, String base, boolean irregular) {
    if (surface.equals(base)) {
      return null;
    }
    if (irregular) {
      return verb ? PAST : S;
    }
    String last = lastWordChange(surface, base, verb);
    if (!verb) {
      return last.endsWith("s") ? S : null;
    }
    if (last.endsWith("ing")) {
      return ING;
    }
    if (last.endsWith("d")) {
      return PAST;
    }
    return last.endsWith("s") ? S : null;
  }

  /**
   * Whether a regular inflection could end this word (the first word of a verb, the last of a
   * noun): a noun's "-s", a verb's "-s", "-d" or "-ing". {@link #of} is null for any other word
   * that is not an irregular form, whatever its base.
   */
  static boolean mayEnd(String word, boolean verb) {
    return word.endsWith("s") || verb && (word.endsWith("d") || word.endsWith("ing"));
  }

  /**
   * The inflected form of a lemma: its first word for a verb ("take part" → "took part"), its last
   * word for a noun.
   *
   * @param irregulars irregular forms by base word, for this part of speech
   */
  String apply(String lemma, boolean verb, Map<String, String> irregulars) {
    if (lemma.indexOf(' ') < 0) {
      return word(lemma, verb, irregulars);
    }
    String[] words = lemma.split(" ");
    int at = verb ? 0 : words.length - 1;
    words[at] = word(words[at], verb, irregulars);
    return String.join(" ", words);
  }

  /**
   * One word inflected. A verb's irregular forms are its past forms and a noun's are its plurals,
   * so they give a verb's {@link #PAST} and a noun's {@link #S} only ("make" → "makes", not
   * "made").
   */
  private String word(String w, boolean verb, Map<String, String> irregulars) {
    boolean irregularFits = verb ? this == PAST : this == S;
    String irregular = irregularFits ? irregulars.get(w) : null;
    if (irregular != null) {
      return irregular;
    }
    return verb && this == S ? thirdPerson(w) : regular(w);
  }

  /** A verb's third person singular: "is", "has", "goes", "does", else as a plural is made. */
  private String thirdPerson(String w) {
    switch (w) {
      case "be":
        return "is";
      case "have":
        return "has";
      default:
        int n = w.length();
        boolean consonantO = n > 1 && w.endsWith("o") && !isVowel(w.charAt(n - 2));
        return consonantO ? w + "es" : regular(w);
    }
  }

  private String regular(String w) {
    int n = w.length();
    boolean consonantY = n > 1 && w.endsWith("y") && "aeiou".indexOf(w.charAt(n - 2)) < 0;
    switch (this) {
      case S:
        if (w.endsWith("man")) {
          return w.substring(0, n - 3) + "men";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
          return w; // already plural-looking ("means", "news")
        }
        if (w.endsWith("s")
            || w.endsWith("x")
            || w.endsWith("z")
            || w.endsWith("ch")
            || w.endsWith("sh")) {
          return w + "es";
        }
        return consonantY ? w.substring(0, n - 1) + "ies" : w + "s";
      case PAST:
        if (w.endsWith("e")) {
          return w + "d";
        }
        return consonantY ? w.substring(0, n - 1) + "ied" : doubled(w) + "ed";
      default:
        if (w.endsWith("ie")) {
          return w.substring(0, n - 2) + "ying";
        }
        if (w.endsWith("e")
            && n > 2
            && !w.endsWith("ee")
            && !w.endsWith("ye")
            && !w.endsWith("oe")) {
          return w.substring(0, n - 1) + "ing";
        }
        return doubled(w) + "ing";
    }
  }

  /** A one-syllable word ending consonant-vowel-consonant doubles its last letter ("run"). */
  private static String doubled(String w) {
    int n = w.length();
    if (n < 3 || "wxy".indexOf(w.charAt(n - 1)) >= 0) {
      return w;
    }
    boolean cvc =
        !isVowel(w.charAt(n - 1)) && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
    int vowelGroups = 0;
    for (int i = 0; i < n; i++) {
      if (isVowel(w.charAt(i)) && (i == 0 || !isVowel(w.charAt(i - 1)))) {
        vowelGroups++;
      }
    }
    return cvc && vowelGroups == 1 ? w + w.charAt(n - 1) : w;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** The word of {@code surface} that differs from the base (first for verbs, last for nouns). */
  private static String lastWordChange(String surface, String base, boolean verb) {
    String[] s = surface.split(" ");
    return verb ? s[0] : s[s.length - 1];
  }
}
