package org.unspin.farm;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire-service credits and datelines: "(Reporting by …; Editing by …)", "Copyright 2023 Thomson
 * Reuters", "SEOUL (Reuters) -", "WASHINGTON (AP) —". The agency names are data; nothing is keyed
 * to a story.
 */
public final class WireCredits {
  /** Agency name used when a credit line names none. */
  public static final String UNKNOWN = "unknown";

  /** How agencies are written, mapped to one canonical name each. */
  private static final Map<String, String> AGENCIES =
      Map.ofEntries(
          Map.entry("thomson reuters", "Reuters"),
          Map.entry("reuters", "Reuters"),
          Map.entry("the associated press", "AP"),
          Map.entry("associated press", "AP"),
          Map.entry("ap", "AP"),
          Map.entry("afp", "AFP"),
          Map.entry("agence france-presse", "AFP"),
          Map.entry("agence france presse", "AFP"),
          Map.entry("upi", "UPI"),
          Map.entry("united press international", "UPI"),
          Map.entry("bloomberg", "Bloomberg"),
          Map.entry("dpa", "dpa"),
          Map.entry("xinhua", "Xinhua"),
          Map.entry("kyodo", "Kyodo"),
          Map.entry("yonhap", "Yonhap"),
          Map.entry("pti", "PTI"),
          Map.entry("ians", "IANS"),
          Map.entry("ani", "ANI"),
          Map.entry("efe", "EFE"),
          Map.entry("ansa", "ANSA"),
          Map.entry("tass", "TASS"),
          Map.entry("pa", "PA"),
          Map.entry("press association", "PA"),
          Map.entry("aap", "AAP"),
          Map.entry("cp", "CP"),
          Map.entry("the canadian press", "CP"));

  private static final String AGENCY =
      "(?<agency>Thomson Reuters|Reuters|The Associated Press|Associated Press|AP|AFP"
          + "|Agence France[- ]Presse|UPI|United Press International|Bloomberg|dpa|DPA|Xinhua|Kyodo"
          + "|Yonhap|PTI|IANS|ANI|EFE|ANSA|TASS|PA|Press Association|AAP|CP|The Canadian Press)";

  /** "SEOUL (Reuters) -", "NEW YORK, Nov 3 (Reuters) -", "Seoul, South Korea (AP) —". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:[\\p{Lu}][\\p{L}\\p{M}0-9.'’/&, -]{0,70}?\\s*)?\\(\\s*"
              + AGENCY
              + "\\s*\\)\\s*(?:[-–—:]+|\\.)\\s*");

  /** Reuters house style: "(Reporting by …; Editing by …)", as a line or at a paragraph's end. */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^\\(?\\s*(?:(?:additional|further|writing and|editing and) )?(?:reporting|writing"
              + "|editing|compiled|research|graphics|production|translation|translated)"
              + " by\\b[^()]{0,400}\\)?\\.?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The same house style after a spinner reworded its verbs ("(Coverage by …; Modifying by …)"):
   * two or more "… by Name" clauses in parentheses, separated by semicolons.
   */
  private static final Pattern CREDIT_CLAUSES =
      Pattern.compile(
          "^\\(\\s*(?:[\\p{L}]+ ){0,3}[\\p{L}]+ by [^;()]{1,150}(?:;\\s*(?:[\\p{L}]+ ){0,3}[\\p{L}]+"
              + " by [^;()]{1,150}){1,4}\\)\\.?$");

  /**
   * A dateline whose agency is not on the list (or was spun): a place in capitals, a single name in
   * parentheses, a dash — "GENEVA (Telegraph) -".
   */
  private static final Pattern CAPITAL_DATELINE =
      Pattern.compile(
          "^\\p{Lu}{2,}[\\p{Lu}\\p{M} .'’/&-]{0,40}(?:, [\\p{Lu}][\\p{L}.]{1,20}(?: \\d{1,2})?)?"
              + "\\s*\\((?<agency>[\\p{Lu}][\\p{L}.&-]{1,20}(?: [\\p{Lu}][\\p{L}.&-]{1,20}){0,2})\\)"
              + "\\s*[-–—]+\\s*");

  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "\\s*\\(\\s*(?:(?:additional|further) )?(?:reporting|writing|editing) by\\b[^()]{0,400}"
              + "\\)\\.?$",
          Pattern.CASE_INSENSITIVE);

  /** "Copyright 2023 Thomson Reuters.", "© 2023 The Associated Press. All rights reserved." */
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
              + AGENCY
              + "\\b.{0,400}$",
          Pattern.CASE_INSENSITIVE);

  /** "Associated Press writer Jane Doe contributed to this report." */
  private static final Pattern CONTRIBUTED =
      Pattern.compile(
          "^.{0,200}?\\b"
              + AGENCY
              + "\\b.{0,200}\\bcontributed (?:to )?(?:this|the) (?:report|story).{0,20}$");

  /** A line that is only an agency name: "(AP)", "— Reuters". */
  private static final Pattern AGENCY_ONLY = Pattern.compile("^[-–—(\\s]*" + AGENCY + "[)\\s.]*$");

  private static final List<Pattern> WHOLE_LINE = List.of(COPYRIGHT, CONTRIBUTED, AGENCY_ONLY);

  /** Longer paragraphs are story text that may end with a credit, never a credit line. */
  private static final int MAX_CREDIT_LINE = 600;

  private WireCredits() {}

  /**
   * If the whole paragraph is a credit line, records it and returns true; if it ends with a
   * parenthesised credit, records that and returns the paragraph without it; else returns it
   * unchanged. The result is null when the paragraph is consumed.
   */
  public static String stripCredit(String paragraph, FarmFindings findings) {
    if (paragraph.length() > MAX_CREDIT_LINE) {
      return stripTrailingCredit(paragraph, findings);
    }
    for (Pattern p : WHOLE_LINE) {
      if (p == CONTRIBUTED && !paragraph.contains("contributed")) {
        continue;
      }
      Matcher m = p.matcher(paragraph);
      if (m.matches()) {
        findings.wireCredit(canonical(m.group("agency")), paragraph);
        return null;
      }
    }
    if (CREDIT_LINE.matcher(paragraph).matches()
        || (paragraph.startsWith("(") && CREDIT_CLAUSES.matcher(paragraph).matches())) {
      findings.wireCredit(houseStyleAgency(findings), paragraph);
      return null;
    }
    return stripTrailingCredit(paragraph, findings);
  }

  private static String stripTrailingCredit(String paragraph, FarmFindings findings) {
    if (paragraph.endsWith(")") || paragraph.endsWith(").")) {
      Matcher m = TRAILING_CREDIT.matcher(paragraph);
      if (m.find()) {
        findings.wireCredit(houseStyleAgency(findings), m.group().strip());
        return paragraph.substring(0, m.start()).strip();
      }
    }
    return paragraph;
  }

  /**
   * If the paragraph opens with a dateline naming an agency, records it and returns the rest of the
   * paragraph; otherwise returns it unchanged.
   */
  public static String stripDateline(String paragraph, FarmFindings findings) {
    if (paragraph.indexOf('(') < 0) {
      return paragraph;
    }
    for (Pattern p : List.of(DATELINE, CAPITAL_DATELINE)) {
      Matcher m = p.matcher(paragraph);
      if (m.lookingAt() && m.end() < paragraph.length()) {
        findings.wireCredit(canonical(m.group("agency")), paragraph.substring(0, m.end()).strip());
        return paragraph.substring(m.end()).strip();
      }
    }
    return paragraph;
  }

  private static String houseStyleAgency(FarmFindings findings) {
    String known = findings.knownAgency();
    return known != null ? known : UNKNOWN;
  }

  private static String canonical(String agency) {
    String a = AGENCIES.get(agency.toLowerCase(Locale.ROOT).replace('-', ' ').replace("  ", " "));
    if (a == null) {
      a = AGENCIES.get(agency.toLowerCase(Locale.ROOT));
    }
    return a == null ? agency : a;
  }
}
