package org.unspin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.unspin.archive.ArchiveSourceFinder;
import org.unspin.archive.SourceFinder;
import org.unspin.archive.SourceMatch;
import org.unspin.detect.SpinAnalysis;
import org.unspin.detect.SpinDetector;
import org.unspin.detect.SpunPhrase;
import org.unspin.detect.StandardDetector;
import org.unspin.extract.Article;
import org.unspin.extract.Extraction;
import org.unspin.extract.Extractor;
import org.unspin.extract.PageExtractor;
import org.unspin.input.Input;
import org.unspin.report.Report;

/**
 * The front door: the whole pipeline, assembled in one place.
 *
 * <pre>{@code
 * Unspin unspin = Unspin.create(UnspinOptions.defaults());
 * Report report = unspin.check(InputReader.read(path));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads once built.
 */
public final class Unspin {

  private final Extractor extractor;
  private final SpinDetector detector;
  private final SourceFinder sources;
  private final int maxAnalysedChars;

  Unspin(Extractor extractor, SpinDetector detector, SourceFinder sources, int maxAnalysedChars) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.detector = Objects.requireNonNull(detector, "detector");
    this.sources = sources;
    this.maxAnalysedChars = maxAnalysedChars;
  }

  /** Builds the standard pipeline for the given options. */
  public static Unspin create(UnspinOptions options) {
    Objects.requireNonNull(options, "options");
    ArchiveSourceFinder sources = ArchiveSourceFinder.forOptions(options);
    // the archive is the best model of its own domain, and its learned spins are evidence
    SpinDetector detector =
        sources == null
            ? StandardDetector.get()
            : StandardDetector.withDomain(sources.domainModel(), sources.knownSpins());
    return new Unspin(new PageExtractor(), detector, sources, options.maxAnalysedChars());
  }

  /** Runs the pipeline on one page: extract, recognise the farm, detect spin, find the source. */
  public Report check(Input input) {
    Extraction extraction = extractor.extract(input);
    String text = extraction.article().text();
    String note = extraction.note();
    int analysed = analysedLength(text);
    if (analysed < text.length()) {
      note =
          (note == null ? "" : note + "; ")
              + String.format(
                  Locale.ROOT,
                  "spin analysed on the first %,d of %,d characters",
                  analysed,
                  text.length());
    }
    // the headline is spun too: analyse it as the story's first paragraph, then split the phrases
    String title = extraction.article().title();
    String head =
        title == null || title.isBlank() ? "" : sentenceCase(title) + Article.PARAGRAPH_BREAK;
    SpinAnalysis joint = detector.analyze(head + text.substring(0, analysed));
    List<SpunPhrase> titlePhrases = new ArrayList<>();
    List<SpunPhrase> storyPhrases = new ArrayList<>();
    for (SpunPhrase p : joint.phrases()) {
      if (p.end() <= head.length() - Article.PARAGRAPH_BREAK.length()) {
        if (p.confidence() < TITLE_MIN_CONFIDENCE) {
          continue;
        }
        titlePhrases.add(
            new SpunPhrase(
                p.start(),
                p.end(),
                title.substring(p.start(), p.end()),
                p.restored(),
                p.alternatives(),
                p.confidence(),
                p.evidence()));
      } else if (p.start() >= head.length()) {
        // offsets into the analysed prefix are offsets into the whole text
        storyPhrases.add(shifted(p, -head.length()));
      }
    }
    SpinAnalysis spin =
        new SpinAnalysis(joint.verdict(), joint.score(), joint.changedWordRate(), storyPhrases);
    String restoredTitle = title == null ? null : SpinAnalysis.restore(title, titlePhrases);
    Report.SourceSearch search = null;
    SourceMatch source = null;
    if (sources != null && !text.isEmpty()) {
      SourceFinder.Result found = sources.find(text.substring(0, analysed));
      source = found.match();
      search = new Report.SourceSearch(found.documents(), found.bestScore());
      if (source != null) {
        spin = fromSource(source, spin);
      }
    }
    return new Report(
        Report.InputInfo.of(input),
        extraction.article(),
        extraction.farm(),
        spin,
        source,
        search,
        source != null ? source.restore(text) : spin.restore(text),
        note,
        titlePhrases,
        restoredTitle);
  }

  /**
   * Headlines are compressed ("Council Approves Funding") and read as odd prose by an n-gram model,
   * so only confident findings are reported there.
   */
  private static final double TITLE_MIN_CONFIDENCE = 0.5;

  /**
   * A headline in title case ("Council Approves New Bridge") read as a sentence ("Council approves
   * new bridge"), so that its words are judged as words, not names; same length, same offsets.
   * All-caps words (acronyms) and the first word are kept; names are lowered too (the report quotes
   * the title as written).
   */
  static String sentenceCase(String title) {
    StringBuilder b = new StringBuilder(title);
    boolean first = true;
    for (int i = 0; i < b.length(); ) {
      if (!Character.isLetter(b.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < b.length() && Character.isLetter(b.charAt(end))) {
        end++;
      }
      String word = b.substring(i, end);
      boolean capitalised =
          word.length() > 1
              && Character.isUpperCase(word.charAt(0))
              && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
      if (!first && capitalised) {
        b.setCharAt(i, Character.toLowerCase(word.charAt(0)));
      }
      first = false;
      i = end;
    }
    return b.toString();
  }

  private static SpunPhrase shifted(SpunPhrase p, int by) {
    return new SpunPhrase(
        p.start() + by,
        p.end() + by,
        p.text(),
        p.restored(),
        p.alternatives(),
        p.confidence(),
        p.evidence());
  }

  /**
   * With the original at hand its wording wins over the language model's guesses: every
   * substitution the alignment found becomes a spun phrase restored to the source's words.
   */
  private static SpinAnalysis fromSource(SourceMatch source, SpinAnalysis guessed) {
    List<SpunPhrase> phrases = new ArrayList<>();
    for (SourceMatch.Substitution sub : source.substitutions()) {
      if (sub.copyEnd() > sub.copyStart()) {
        phrases.add(
            new SpunPhrase(
                sub.copyStart(),
                sub.copyEnd(),
                sub.copyText(),
                sub.sourceText(),
                List.of(),
                1.0,
                "the archived source " + source.id() + " reads '" + sub.sourceText() + "'"));
      }
    }
    SpinAnalysis.Verdict verdict =
        source.changedWordRate() >= SOURCE_SPUN_RATE
            ? SpinAnalysis.Verdict.SPUN
            : SpinAnalysis.Verdict.CLEAN;
    double score = verdict == SpinAnalysis.Verdict.SPUN ? Math.max(guessed.score(), 0.99) : 0;
    return new SpinAnalysis(verdict, score, source.changedWordRate(), phrases);
  }

  /** A copy that changed this share of its source's words was spun, not quoted or edited. */
  private static final double SOURCE_SPUN_RATE = 0.05;

  /** The length of the text's prefix to analyse: whole paragraphs up to the bound. */
  private int analysedLength(String text) {
    if (text.length() <= maxAnalysedChars) {
      return text.length();
    }
    int cut = text.lastIndexOf(Article.PARAGRAPH_BREAK, maxAnalysedChars);
    return cut > 0 ? cut : maxAnalysedChars;
  }
}
