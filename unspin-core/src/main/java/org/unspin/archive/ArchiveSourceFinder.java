package org.unspin.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.unspin.align.Aligner;
import org.unspin.align.Alignment;
import org.unspin.align.Segment;
import org.unspin.align.Words;

/**
 * Finds the archived original of a spun copy in two stages. Candidates: a Lucene query over the
 * copy's rarest fingerprint terms (content words, numbers, function-word n-grams), which enough of
 * survive spinning. Verification: each leading candidate is aligned with the copy and scored by how
 * much of the copy it explains as unchanged words or phrase-for-phrase swaps with the same figures,
 * over the stretch of the copy that aligns at all (so a farm's wrapper or a partial copy does not
 * count against it); see {@link #score}. Thread-safe.
 */
public final class ArchiveSourceFinder implements SourceFinder {

  /**
   * How to search.
   *
   * @param queryTerms most fingerprint terms in the candidate query
   * @param candidates candidates fetched
   * @param verify leading candidates aligned and scored
   * @param threshold lowest verification score accepted as the source
   * @param learn whether found substitutions are added to the archive's spin dictionary
   */
  public record Options(
      int queryTerms, int candidates, int verify, double threshold, boolean learn) {
    public Options {
      if (queryTerms < 1 || candidates < 1 || verify < 1) {
        throw new IllegalArgumentException(
            "queryTerms, candidates and verify must be >= 1: "
                + queryTerms
                + ", "
                + candidates
                + ", "
                + verify);
      }
      if (threshold < 0 || threshold > 1) {
        throw new IllegalArgumentException("threshold must be within 0..1: " + threshold);
      }
    }

    /** The tuned defaults, learning on. */
    public static Options defaults() {
      return new Options(48, 10, 3, 0.55, true);
    }

    /** A copy with learning switched on or off. */
    public Options withLearn(boolean on) {
      return new Options(queryTerms, candidates, verify, threshold, on);
    }
  }

  /**
   * A search's full answer: the result, and the candidates' ids best first (verified ones by
   * verification score, then the rest in retrieval order).
   */
  public record Search(Result result, List<String> ranked) {}

  /**
   * Rarity-weighted share of unchanged content words below which a candidate's score is scaled
   * down: a copy keeps at least this much of its source even at high spin rates.
   */
  static final double SHARED_FLOOR = 0.15;

  /** A verification score no other candidate is expected to beat. */
  static final double CLEAR = 0.9;

  /** Fewest explained copy words for a full score: a line or two cannot name its source. */
  static final int MIN_EVIDENCE_WORDS = 10;

  /** Longest side (in words) of a change still read as one spun phrase by the verification. */
  static final int SPUN_PHRASE_WORDS = 3;

  private final Archive archive;
  private final Options options;
  private final Aligner aligner = new Aligner();

  /** A finder over {@code archive}. */
  public ArchiveSourceFinder(Archive archive, Options options) {
    this.archive = archive;
    this.options = options;
  }

  /**
   * The finder over the archive the options name, else over the per-user default archive when it
   * exists; null when there is neither. Throws {@link ArchiveException} when the named directory is
   * not an archive.
   */
  public static ArchiveSourceFinder forOptions(org.unspin.UnspinOptions options) {
    java.nio.file.Path dir = options.archive();
    if (dir != null) {
      return new ArchiveSourceFinder(Archive.open(dir), Options.defaults());
    }
    java.nio.file.Path def = Archive.defaultLocation();
    if (!Archive.isArchive(def)) {
      return null;
    }
    try {
      return new ArchiveSourceFinder(Archive.open(def), Options.defaults());
    } catch (ArchiveException e) {
      // An unusable default archive (say, nothing committed yet) means no archive, not an error.
      return null;
    }
  }

  /** The archive's own n-gram model (see {@link Archive#domainModel()}). */
  public org.unspin.lexicon.LanguageModel domainModel() {
    return archive.domainModel();
  }

  /** The spin dictionary learned in this finder's archive, as detector evidence. */
  public SpinDictionary knownSpins() {
    return archive.spins();
  }

  @Override
  public Result find(String copyText) {
    return search(copyText).result();
  }

  /** Finds the source of {@code copyText}, with the ranked candidates. */
  public Search search(String copyText) {
    long docs = archive.documents();
    Words copy = Words.of(copyText);
    if (copy.size() == 0 || docs == 0) {
      return new Search(new Result(null, docs, 0), List.of());
    }
    try {
      Map<String, Integer> df = documentFrequencies(copy);
      TopDocs top = archive.searcher().search(query(df), options.candidates());
      List<Scored> verified = new ArrayList<>();
      List<String> ranked = new ArrayList<>();
      boolean clear = false;
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        if (i < options.verify() && !clear) {
          ArchiveDocument doc = archive.document(sd.doc);
          Alignment a = aligner.align(copy, Words.of(doc.text()));
          Scored scored = new Scored(doc, a, score(a, df, docs));
          verified.add(scored);
          // A near-perfect alignment will not be beaten: skip verifying the rest.
          clear = scored.score() >= CLEAR;
        } else {
          ranked.add(archive.id(sd.doc));
        }
      }
      verified.sort(Comparator.comparingDouble(Scored::score).reversed());
      List<String> order = new ArrayList<>();
      verified.forEach(v -> order.add(v.doc().id()));
      order.addAll(ranked);
      if (verified.isEmpty()) {
        return new Search(new Result(null, docs, 0), order);
      }
      Scored best = verified.get(0);
      if (best.score() < options.threshold()) {
        return new Search(new Result(null, docs, best.score()), order);
      }
      SourceMatch match = match(best);
      if (options.learn()) {
        learn(copyText, best);
      }
      return new Search(new Result(match, docs, best.score()), order);
    } catch (IOException e) {
      throw new ArchiveException("cannot search archive " + archive.directory() + ": " + e, e);
    }
  }

  /** A digest naming one copy of one source (the same page checked twice has the same key). */
  private static String copyKey(String copyText, String sourceId) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(sourceId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(copyText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private record Scored(ArchiveDocument doc, Alignment alignment, double score) {}

  private Map<String, Integer> documentFrequencies(Words copy) throws IOException {
    // One terms enumerator per segment, seeking in sorted order, is much cheaper than a
    // docFreq(Term) call per term and segment.
    List<String> sorted = new ArrayList<>(Fingerprints.terms(copy));
    java.util.Collections.sort(sorted);
    BytesRef[] refs = new BytesRef[sorted.size()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = new BytesRef(sorted.get(i));
    }
    int[] counts = new int[refs.length];
    for (LeafReaderContext leaf : archive.reader().leaves()) {
      Terms terms = leaf.reader().terms(ArchiveLayout.F_FP);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (int i = 0; i < refs.length; i++) {
        if (te.seekExact(refs[i])) {
          counts[i] += te.docFreq();
        }
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (int i = 0; i < refs.length; i++) {
      df.put(sorted.get(i), counts[i]);
    }
    return df;
  }

  private BooleanQuery query(Map<String, Integer> df) {
    List<Map.Entry<String, Integer>> terms = new ArrayList<>();
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      if (e.getValue() > 0) {
        terms.add(e);
      }
    }
    terms.sort(
        Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < Math.min(options.queryTerms(), terms.size()); i++) {
      b.add(
          new TermQuery(new Term(ArchiveLayout.F_FP, terms.get(i).getKey())),
          BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * How much of the copy its candidate explains, within the stretch of the copy that aligns at all:
   * the share of those copy words that are unchanged or swapped phrase for phrase (both sides one
   * to {@link #SPUN_PHRASE_WORDS} words, no number on either side: what a spinner does), times the
   * share of the copy's numbers found unchanged (a spinner leaves figures alone; a resent story or
   * a look-alike announcement has other ones), times penalties when fewer than {@link
   * #MIN_EVIDENCE_WORDS} words are explained or under {@link #SHARED_FLOOR} of the copy's content
   * words (weighted by rarity) are unchanged. Longer rewritten stretches count against the
   * candidate.
   */
  static double score(Alignment a, Map<String, Integer> df, long docs) {
    int[] span = span(a, 2);
    int words = a.copy().size();
    if (span == null || span[1] - span[0] < words / 2) {
      // Too little aligns for a wrapper to explain the rest: judge the whole copy.
      span = new int[] {0, words};
    }
    Words copy = a.copy();
    double total = 0;
    double same = 0;
    int numbers = 0;
    int sameNumbers = 0;
    int spanWords = 0;
    int covered = 0;
    for (int k = 0; k < a.segments().size(); k++) {
      Segment s = a.segments().get(k);
      boolean equal = s.kind() == Segment.Kind.EQUAL;
      int from = Math.max(s.copyFrom(), span[0]);
      int to = Math.min(s.copyTo(), span[1]);
      for (int i = from; i < to; i++) {
        String w = copy.word(i);
        if (copy.isNumber(i)) {
          numbers++;
          sameNumbers += equal ? 1 : 0;
        }
        if (!Fingerprints.isContent(w)) {
          continue;
        }
        Integer f = df.get(w);
        double weight = Math.log(1.0 + docs / (1.0 + (f == null ? 0 : f)));
        total += weight;
        same += equal ? weight : 0;
      }
      int n = Math.max(0, to - from);
      spanWords += n;
      if (equal || isSpunPhrase(a, k)) {
        covered += n;
      }
    }
    double unchanged = total == 0 ? 0 : same / total;
    double explained = spanWords == 0 ? 0 : covered / (double) spanWords;
    double figures = (sameNumbers + 1) / (double) (numbers + 1);
    double evidence = Math.min(1, covered / (double) MIN_EVIDENCE_WORDS);
    return explained * figures * evidence * Math.min(1, unchanged / SHARED_FLOOR);
  }

  /** Whether segment {@code k} looks like one spun phrase: short on both sides, no figures. */
  private static boolean isSpunPhrase(Alignment a, int k) {
    Segment s = a.segments().get(k);
    int shorter = Math.min(s.copyLength(), s.sourceLength());
    int longer = Math.max(s.copyLength(), s.sourceLength());
    return a.isSubstitution(k) && shorter >= 1 && longer <= SPUN_PHRASE_WORDS && !hasNumber(a, s);
  }

  private static boolean hasNumber(Alignment a, Segment s) {
    for (int i = s.copyFrom(); i < s.copyTo(); i++) {
      if (a.copy().isNumber(i)) {
        return true;
      }
    }
    for (int i = s.sourceFrom(); i < s.sourceTo(); i++) {
      if (a.source().isNumber(i)) {
        return true;
      }
    }
    return false;
  }

  /** The copy words from the first to the last equal stretch of at least {@code run} words. */
  private static int[] span(Alignment a, int run) {
    int from = -1;
    int to = -1;
    for (Segment s : a.segments()) {
      if (s.kind() == Segment.Kind.EQUAL && s.copyLength() >= run) {
        if (from < 0) {
          from = s.copyFrom();
        }
        to = s.copyTo();
      }
    }
    return from < 0 ? null : new int[] {from, to};
  }

  private static SourceMatch match(Scored best) {
    Alignment a = best.alignment();
    List<SourceMatch.Substitution> subs = new ArrayList<>();
    int substituted = 0;
    for (Alignment.PhrasePair p : a.substitutions()) {
      subs.add(
          new SourceMatch.Substitution(
              p.copyStart(),
              p.copyEnd(),
              p.copyText(),
              p.sourceStart(),
              p.sourceEnd(),
              p.sourceText()));
      substituted += Words.of(p.copyText()).size();
    }
    int copyWords = a.copy().size();
    int equal = a.equalWords();
    double coverage = copyWords == 0 ? 0 : (equal + substituted) / (double) copyWords;
    double changed = equal + substituted == 0 ? 0 : substituted / (double) (equal + substituted);
    ArchiveDocument doc = best.doc();
    return new SourceMatch(doc.id(), doc.url(), doc.title(), best.score(), coverage, changed, subs);
  }

  private void learn(String copyText, Scored best) {
    SpinDictionary spins = archive.spins();
    if (!spins.firstSighting(copyKey(copyText, best.doc().id()))) {
      return;
    }
    for (Alignment.PhrasePair p : best.alignment().substitutions()) {
      if (!p.copyPhrase().matches(".*\\d.*") && !p.sourcePhrase().matches(".*\\d.*")) {
        spins.learn(p.sourcePhrase(), p.copyPhrase());
      }
    }
    try {
      spins.save();
    } catch (IOException e) {
      // Learning is a by-product of the search: a read-only archive still answers.
    }
  }
}
