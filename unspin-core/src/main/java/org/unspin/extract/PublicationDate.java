package org.unspin.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date as pages write it (meta tags, JSON-LD, {@code <time datetime>}) and
 * writes it as ISO-8601: {@code 2026-11-27} for a day, {@code 2026-11-27T09:30:00+01:00} (or {@code
 * …Z}, or without offset when the page gives none) when a time is given. Text it cannot read is
 * returned as written, stripped.
 */
final class PublicationDate {

  /** A leading ISO date, with an optional time and zone after it. */
  private static final Pattern ISO_PREFIX =
      Pattern.compile(
          "^(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");

  /** Compact and slashed day forms: 20261127, 2026/11/27, 2026.11.27. */
  private static final Pattern NUMERIC_DAY =
      Pattern.compile("^(\\d{4})[/.]?(\\d{2})[/.]?(\\d{2})(?:$|[^\\d])");

  /** Day forms written out in English: "November 27, 2026", "27 Nov 2026", "Nov. 27th, 2026". */
  private static final List<DateTimeFormatter> WRITTEN =
      List.of(
          formatter("MMMM d uuuu"),
          formatter("MMM d uuuu"),
          formatter("d MMMM uuuu"),
          formatter("d MMM uuuu"),
          formatter("EEEE MMMM d uuuu"),
          formatter("EEE MMM d uuuu"),
          formatter("EEEE d MMMM uuuu"),
          formatter("EEE d MMM uuuu"));

  private static final Pattern ORDINAL = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b");
  private static final Pattern PUNCTUATION = Pattern.compile("[,.]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PublicationDate() {}

  /** The date in ISO-8601, or {@code raw} stripped when it cannot be read; null for null/blank. */
  static String normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      String iso = iso(s);
      if (iso != null) {
        return iso;
      }
      String rfc = rfc1123(s);
      if (rfc != null) {
        return rfc;
      }
      String written = written(s);
      return written != null ? written : s;
    } catch (RuntimeException e) {
      // Out-of-range fields ("2026-13-45") and the like: the page's text is all there is.
      return s;
    }
  }

  private static String iso(String s) {
    Matcher m = ISO_PREFIX.matcher(s);
    if (m.find()) {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return day.toString();
      }
      LocalDateTime time =
          day.atTime(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String local =
          time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
      return local + zone(m.group(7));
    }
    Matcher d = NUMERIC_DAY.matcher(s);
    if (d.find()) {
      return LocalDate.of(
              Integer.parseInt(d.group(1)),
              Integer.parseInt(d.group(2)),
              Integer.parseInt(d.group(3)))
          .toString();
    }
    return null;
  }

  /** The zone as ISO-8601 writes it: Z, +01:00, or nothing when the page gives none. */
  private static String zone(String z) {
    if (z == null) {
      return "";
    }
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
      return "Z";
    }
    String digits = z.substring(1).replace(":", "");
    String hh = digits.substring(0, 2);
    String mm = digits.length() >= 4 ? digits.substring(2, 4) : "00";
    return hh.equals("00") && mm.equals("00") ? "Z" : z.charAt(0) + hh + ":" + mm;
  }

  private static String rfc1123(String s) {
    try {
      ZonedDateTime t = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
      return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String written(String s) {
    String t =
        SPACES
            .matcher(PUNCTUATION.matcher(ORDINAL.matcher(s).replaceAll("$1")).replaceAll(" "))
            .replaceAll(" ")
            .strip();
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return LocalDate.parse(t, f).toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return null;
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
