package org.unspin.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Reuters-21578 SGML files ({@code reut2-NNN.sgm}) into stories. Only stories with a body
 * are returned; wrapped lines are joined and indented lines start new paragraphs.
 */
public final class ReutersSgml {

  private static final Pattern DOC =
      Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern SPLIT = Pattern.compile("LEWISSPLIT=\"(\\w+)\"");
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>(.*?)</DATE>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
  private static final Pattern TRAILER = Pattern.compile("\\s*(Reuter|REUTER)\\s*$");

  private ReutersSgml() {}

  /**
   * One story.
   *
   * @param id {@code reuters-<NEWID>}
   * @param title the headline, or null
   * @param date the date as written, or null
   * @param split the LEWISSPLIT attribute (TRAIN, TEST, NOT-USED)
   * @param paragraphs the body's paragraphs
   */
  public record Story(String id, String title, String date, String split, List<String> paragraphs) {
    public Story {
      paragraphs = List.copyOf(paragraphs);
    }

    /** The body as paragraphs separated by blank lines. */
    public String text() {
      return String.join("\n\n", paragraphs);
    }
  }

  /** Whether {@code path} looks like one of the collection's SGML files. */
  public static boolean isReutersFile(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith("reut2-") && name.endsWith(".sgm");
  }

  /** Every story with a body in the {@code reut2-*.sgm} files of {@code dir}, in file order. */
  public static List<Story> readDirectory(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(ReutersSgml::isReutersFile).sorted().toList();
    }
    List<Story> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(readFile(f));
    }
    return out;
  }

  /** Every story with a body in one SGML file. */
  public static List<Story> readFile(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.ISO_8859_1));
  }

  /** Every story with a body in SGML text. */
  public static List<Story> parse(String sgml) {
    List<Story> out = new ArrayList<>();
    Matcher doc = DOC.matcher(sgml);
    while (doc.find()) {
      String attrs = doc.group(1);
      String inner = doc.group(2);
      Matcher body = BODY.matcher(inner);
      if (!body.find()) {
        continue;
      }
      List<String> paragraphs = paragraphs(unescape(body.group(1)));
      if (paragraphs.isEmpty()) {
        continue;
      }
      Matcher id = NEWID.matcher(attrs);
      Matcher split = SPLIT.matcher(attrs);
      out.add(
          new Story(
              "reuters-" + (id.find() ? id.group(1) : Integer.toString(out.size())),
              first(TITLE, inner),
              first(DATE, inner),
              split.find() ? split.group(1) : null,
              paragraphs));
    }
    return out;
  }

  private static String first(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? unescape(m.group(1)).strip().replaceAll("\\s+", " ") : null;
  }

  private static List<String> paragraphs(String body) {
    body = TRAILER.matcher(body).replaceAll("");
    List<String> out = new ArrayList<>();
    for (String para : body.split("\\n(?=[ \\t]{2,})")) {
      String t = para.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replaceAll("&#\\d+;", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
