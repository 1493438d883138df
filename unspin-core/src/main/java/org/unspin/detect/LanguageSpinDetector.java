package org.unspin.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.Morphology;
import org.unspin.lexicon.Thesaurus;
import org.unspin.lexicon.Tokenizer;
import org.unspin.lexicon.WordNetContrasts;

/**
 * Detects spin from language, not from a spinner's dictionary: a phrase of one to four words that
 * the n-gram model finds improbable in its context, for which a fill-in-the-blank search finds a
 * much likelier wording that is related in meaning, is flagged and restored to that wording. Known
 * spins are extra evidence. Thread-safe once built.
 */
public final class LanguageSpinDetector implements SpinDetector {

  /**
   * Tuning of the detector.
   *
   * @param minLogRatio how much likelier (natural log) the restored wording must be in context, in
   *     a text that looks spun
   * @param strictLogRatio the same for strict evidence (the restored wording mends a neighbour pair
   *     the phrase breaks, a close relation); also the least log ratio of any finding
   * @param loneLogRatio the log ratio of strict evidence needed for a flag in a text that does not
   *     look spun
   * @param fillLimit how many fill-in candidates to consider per blank (0: thesaurus candidates
   *     only)
   * @param maxSpan the longest suspect phrase, in words
   * @param minCommonPerMillion how often (per million tokens) a capitalised word must occur to
   *     count as an ordinary word that a spinner could have replaced
   * @param maxWords texts longer than this are analysed up to this many words
   * @param verdict the document verdict's calibration for the counts and thesaurus the detector
   *     uses: candidate flags per word clean and spun, their mean excesses, the shape of the
   *     stories' rates (see {@link DocumentVerdict})
   */
  public record Settings(
      double minLogRatio,
      double strictLogRatio,
      double loneLogRatio,
      int fillLimit,
      int maxSpan,
      double minCommonPerMillion,
      int maxWords,
      DocumentVerdict verdict) {

    /**
     * The defaults, calibrated with Reuters domain counts over the bundled model and the standard
     * thesaurus (see {@link DocumentVerdict}; measured by {@code
     * org.unspin.eval.spin.VerdictCalibration}) on 400 Reuters stories outside the evaluation share
     * and left out of the counts: 0.0255 candidate flags that count as evidence per token clean
     * (pooled; see {@link #verdictEvidence}); spun at rate 0.2 with thesaurus pairs the detector
     * lacks, stories show 5.96 times their clean rate (0.093 against 0.016 with half the
     * thesaurus), hence a spun rate of 0.152 (remeasured in spin round 9, unchanged). The same run
     * measures the mean excess of a flag (3.47 clean, 7.57 spun) and the shape of the stories'
     * rates whose verdicts fit those stories best (8). Spin round 11 holds pairs out by their base
     * forms (no inflected pair leaks through a kept base pair); on that split the spun stories show
     * 5.42 times the clean rate (spun rate 0.137, mean excess 7.00, shape 10). The constants were
     * kept: they judge more cautiously, and the new ones call one clean evaluation story spun. A
     * detector with a smaller thesaurus finds fewer candidates in both and is judged more
     * cautiously by these rates. The fill-in search asks for 20 candidates per one-word blank.
     */
    public static Settings defaults() {
      return new Settings(
          Math.log(50),
          Math.log(20),
          12,
          20,
          4,
          5,
          200_000,
          new DocumentVerdict(0.026, 0.152, 8, 3.47, 7.57));
    }

    public Settings {
      if (!(minLogRatio > 0 && strictLogRatio > 0 && loneLogRatio > 0)
          || fillLimit < 0
          || maxSpan < 1
          || maxSpan > 4
          || maxWords < 1
          || verdict == null) {
        throw new IllegalArgumentException(
            "bad settings: ratio " + minLogRatio + ", fill " + fillLimit + ", span " + maxSpan);
      }
    }

    /** A copy with another minimum log ratio. */
    public Settings withMinLogRatio(double r) {
      return new Settings(
          r,
          strictLogRatio,
          loneLogRatio,
          fillLimit,
          maxSpan,
          minCommonPerMillion,
          maxWords,
          verdict);
    }

    /**
     * A copy with another verdict calibration, as measured with the counts the detector will use
     * ({@code org.unspin.eval.spin.VerdictCalibration}).
     */
    public Settings withVerdict(DocumentVerdict v) {
      return new Settings(
          minLogRatio,
          strictLogRatio,
          loneLogRatio,
          fillLimit,
          maxSpan,
          minCommonPerMillion,
          maxWords,
          v);
    }

    /** A copy with another fill-in limit. */
    public Settings withFillLimit(int limit) {
      return new Settings(
          minLogRatio,
          strictLogRatio,
          loneLogRatio,
          limit,
          maxSpan,
          minCommonPerMillion,
          maxWords,
          verdict);
    }

    /** A copy with other thresholds for strict evidence and for flags in unspun-looking text. */
    public Settings withStrict(double strict, double lone) {
      return new Settings(
          minLogRatio, strict, lone, fillLimit, maxSpan, minCommonPerMillion, maxWords, verdict);
    }
  }

  /**
   * The longest span given fill-in candidates (one- and two-word fillers for one word): asking for
   * longer spans too changed no subset figure by more than 0.02 and took about 30% of the time.
   */
  private static final int FILL_MAX_SPAN = 1;

  private static final double GRAMMAR_BONUS = Math.log(20);

  /**
   * How many of a blank's best fillers may be related to the span by shared contexts alone (the
   * original a spinner replaced fits its context well; asking every filler costs time and flags).
   */
  private static final int CONTEXT_RANK = 5;

  /**
   * How many of each neighbour's most frequent followers (left) and predecessors (right) are
   * offered as one-sided candidates (the bundled model keeps 64 per word). On the evaluation subset
   * (held-out pairs, Reuters counts) 40 and 80 gave recall 0.441 and 0.449, false flags alike.
   */
  private static final int ONE_SIDED = 64;

  /**
   * How many sightings of a neighbour pair must be expected (were the words independent) for the
   * pair's absence to count as strict evidence: rare words are unseen beside most neighbours in any
   * text, so their absence says nothing. 0.1 lowered false flags on real modern news (bundled
   * model) from 22 to 12 per 1,000 words with the verdict rates recalibrated.
   */
  private static final double SURPRISE = 0.1;

  /**
   * The document score from which findings short of strict evidence are flagged: only a text judged
   * spun gets every candidate flag; an uncertain one (thin evidence, mostly a short text) keeps
   * only the findings strong on their own (see docs/BENCHMARKS.md, spin round 9).
   */
  private static final double FLAG_SCORE = DocumentVerdict.SPUN_SCORE;

  /**
   * The document score from which closely related wordings ({@link #CLOSE}: a thesaurus pair) are
   * flagged when they are {@link Settings#strictLogRatio} (20×) likelier rather than {@link
   * Settings#minLogRatio} (50×): in a text this surely spun, a word that fits its context worse
   * than its synonym is more often the spinner's (see docs/BENCHMARKS.md, spin round 8). Flags
   * only: the verdict's evidence is unchanged.
   */
  private static final double SURE_SCORE = DocumentVerdict.SURE_SCORE;

  /**
   * The margin (natural log) from which, in a text surely spun ({@link #SURE_SCORE}), a flaggable
   * wording ({@link Relatedness#WEAK} or stronger) at least {@link #SURE_FREQUENCY} times as
   * frequent as the span in the model is flagged: 1.5× likelier. Spinners draw their synonyms
   * evenly, mostly rarer words, so once a text is surely spun, a rare word with a far commoner
   * related wording that fits its context better at all is mostly the spinner's. Clean texts are
   * never surely spun, so their flags are unchanged; flags only, the verdict's evidence is
   * unchanged. Chosen on 100 calibration stories outside the evaluation share (see
   * docs/BENCHMARKS.md, spin round 12): the most recall among margins of 1.5× and 3× and frequency
   * factors 1, 10, 30 and 100 with precision no more than 0.005 lower on any pairing.
   */
  private static final double SURE_LOG_RATIO = Math.log(1.5);

  /** See {@link #SURE_LOG_RATIO}. */
  private static final double SURE_FREQUENCY = 100;

  /**
   * Whether a wording of this relation {@code strength}, {@code frequency} times as frequent as the
   * span, is flagged from {@link #SURE_LOG_RATIO} in a surely spun text.
   */
  private static boolean sureMargin(double strength, double frequency) {
    return strength >= Relatedness.WEAK && frequency >= SURE_FREQUENCY;
  }

  /**
   * How many times as frequent in the model as a span seen in exactly its context a closely related
   * wording must be for the span to be flagged in a surely spun text ({@link #seenFlag}). A
   * spinner's synonym often still makes an n-gram the model has seen, while the word it replaced,
   * mostly commoner, fits far better. Higher keeps fewer of these flags: on 300 calibration stories
   * outside the evaluation share, 1× (any commoner wording), 2× and 3× raised mean F1 by 0.0074,
   * 0.0064 and 0.0061, and lowered precision by up to 0.0029, 0.0022 and 0.0017; 3× was taken, the
   * most F1 with no pairing's precision more than 0.002 lower (the CI minimums hold precision
   * within 0.01 of what the CI subset measures). See docs/BENCHMARKS.md, spin round 13.
   */
  private static final double SEEN_FREQUENCY = 3;

  /**
   * Whether a finding on a span seen in exactly its context is flagged in a surely spun text
   * ({@link #seenSpans}): its wording is closely related ({@link #CLOSE}: a thesaurus pair, a known
   * spin) and at least {@link #SEEN_FREQUENCY} times as frequent as the span. How often the span's
   * n-gram was seen does not tell spun from clean words (spun words were 46–61% of the flaggable
   * findings at every count from 1 to over 100; see docs/BENCHMARKS.md, spin round 13); the
   * relation and the frequency do.
   */
  private static boolean seenFlag(Finding f) {
    return f.strength() >= CLOSE && f.frequency() >= SEEN_FREQUENCY;
  }

  /** Direct relations (a thesaurus pair, word by word, a known spin) are at least this strong. */
  private static final double CLOSE = 0.9;

  /** Relations at least this strong need no extra margin. */
  private static final double STRONG = 0.6;

  /**
   * The extra margin (natural log) a weakly related wording needs (a shared stem, an abbreviation,
   * one shared thesaurus neighbour): on the evaluation subset, margins of 4 and 40 moved F1 by
   * under 0.01 and restoration by 0.02 against each other.
   */
  private static final double WEAK_MARGIN = Math.log(10);

  /**
   * How much likelier (natural log) a wording inflected otherwise than an inflected span must be to
   * restore it: a synonym swap keeps a word's form, so the original of "solicitations" is a plural
   * and that of "appended" a past form. On calibration stories (held-out pairs) margins of ln 10 to
   * e^7 restored alike (see docs/BENCHMARKS.md, spin round 8).
   */
  private static final double INFLECTION_MARGIN = Math.log(100);

  /**
   * What a wording gains (natural log) as a restoration when the text uses it elsewhere: a story
   * repeats its words, and a spinner leaves most occurrences of a word unchanged.
   */
  private static final double IN_TEXT = 1.5;

  /**
   * What a wording gains (natural log) as a restoration when the text uses another form of its word
   * ("help" or "helps" in the text for "helped"), and what a wording whose inflected readings share
   * no part of speech with the span's loses ("notes" the noun for "observes" the verb): the
   * spinner's word usually stands where the original's part of speech stood (see
   * docs/BENCHMARKS.md, spin round 9: restoration).
   */
  private static final double FORM = 1.5;

  /**
   * How many times as frequent as the phrase (in the model's counts) the wording that detects must
   * be for its candidate flag to count as evidence of spin ({@link #evidence}).
   */
  static final double COMMONER = 1;

  private final LanguageModel lm;
  private final Relatedness relatedness;
  private final Settings settings;
  private final DocumentVerdict verdict;
  private final long minCommon;
  private final FillerCache fillers;
  private final CandidateList.Cache candidateTokens;
  private final SignatureTable signatures;

  /**
   * The one-sided offer's {@link ScreenIndex} of the lists of the neighbours whose token is below
   * {@link #INDEXED} (in a compact model the most frequent words, whose lists recur in every text),
   * by token and side (followers at even places); about 16 KB each.
   */
  private final ScreenIndex[] screenIndexes = new ScreenIndex[2 * INDEXED];

  /** The neighbours' tokens whose lists are kept screened ({@link #screenIndexes}). */
  private static final int INDEXED = 512;

  private final double tokens;
  private final SpanScreen screen;
  private final Morphology morphology = WordNetContrasts.morphology();
  private final Collocations collocations;
  private final PhraseBoundary boundary;

  /** A detector over a language model, its fill-in search, a thesaurus and known spins. */
  public LanguageSpinDetector(
      LanguageModel lm, Thesaurus thesaurus, KnownSpins known, Settings settings) {
    this.lm = Objects.requireNonNull(lm, "lm");
    this.relatedness =
        new Relatedness(
            Objects.requireNonNull(thesaurus, "thesaurus"),
            Objects.requireNonNull(known, "known"),
            lm,
            WordNetContrasts.load(),
            WordNetContrasts.morphology());
    this.settings = Objects.requireNonNull(settings, "settings");
    this.verdict = settings.verdict();
    this.tokens = Math.max(1, lm.tokens());
    this.screen = new SpanScreen(tokens);
    this.minCommon = Math.max(1, (long) (settings.minCommonPerMillion() * lm.tokens() / 1e6));
    this.fillers = new FillerCache(lm, settings.fillLimit());
    this.candidateTokens = new CandidateList.Cache(lm.codes());
    this.signatures = new SignatureTable(relatedness);
    this.collocations =
        new Collocations(lm, relatedness, fillers, ONE_SIDED, WordNetContrasts.morphology());
    this.boundary = new PhraseBoundary(relatedness, morphology);
  }

  /**
   * The best restoration found for one suspect span; {@code restored}: the wording it is restored
   * to ({@link #restoration}); {@code likeliest}: the likeliest related wording in context, which
   * the verdict's evidence and the second reading use (so that the choice of restoration leaves
   * flags and verdicts as they were); {@code frequency}: how many times as frequent in the model as
   * the span the wording that detects is ({@link #commoner}); {@code oneSided}: it was offered only
   * because it is seen beside one neighbour; {@code contextual}: it is related by shared contexts
   * alone; {@code phraseForWord}: it restores a phrase to a shorter wording related only through
   * thesaurus neighbours ({@link #withoutPhraseForWord}); {@code blind}: neither it nor the span is
   * seen beside either neighbour ({@link #blindSpan blind}), so it too is kept apart.
   */
  private record Finding(
      int first,
      int length,
      String restored,
      String likeliest,
      List<String> alternatives,
      double gain,
      double strength,
      double strictGain,
      String why,
      double frequency,
      boolean oneSided,
      boolean contextual,
      boolean phraseForWord,
      boolean blind) {

    /**
     * Whether the wording that detects is at least {@link #COMMONER} times as frequent in the model
     * as the span.
     */
    boolean commoner() {
      return frequency >= COMMONER;
    }

    /**
     * This finding over words {@code [first, first + length)}, restored to {@code restored} with
     * {@code alternatives}, {@code reason} added to its evidence; everything else as it is.
     */
    Finding reworded(
        int first, int length, String restored, List<String> alternatives, String reason) {
      return new Finding(
          first,
          length,
          restored,
          likeliest,
          alternatives,
          gain,
          strength,
          strictGain,
          why + "; " + reason,
          frequency,
          oneSided,
          contextual,
          phraseForWord,
          blind);
    }

    /** Whether this is strict evidence at least {@code logRatio} strong. */
    boolean strictAt(double logRatio) {
      return strictGain >= logRatio;
    }

    /**
     * Whether the finding is kept out of the verdict's evidence and the second reading ({@link
     * #withoutPhraseForWord}).
     */
    boolean apart() {
      return phraseForWord || blind;
    }
  }

  /**
   * A text's findings: every finding, those that would be flagged were the text spun, and the spun
   * set phrases ({@link #setPhrases}), which are flagged in any text and kept out of the others.
   */
  private record Reading(
      Tokens t,
      String[] words,
      boolean[] eligible,
      List<Finding> found,
      List<Finding> ifSpun,
      List<Finding> setPhrases,
      ContextScorer scorer) {}

  /** The text's findings, or null when it has nothing to analyse (too short, not prose). */
  private Reading read(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Tokens t = Tokens.of(text, settings.maxWords());
    int n = t.size;
    if (n < 3) {
      return null;
    }
    ContextScorer scorer = new ContextScorer(lm, 4);
    if (!looksLikeProse(t, n, scorer)) {
      return new Reading(t, null, null, null, null, null, scorer);
    }
    String[] words = new String[n];
    boolean[] eligible = new boolean[n];
    for (int i = 0; i < n; i++) {
      words[i] = t.lower[i];
      eligible[i] = eligible(t, i, scorer);
    }
    List<Finding> found = search(t, words, n, eligible, scorer, null, null, false);
    List<Finding> ifSpun = choose(candidateFlags(withoutPhraseForWord(found)), n);
    // Spinners change neighbouring words too, and a spun neighbour hides the original from the
    // fill-in search: the spans beside a candidate flag are examined again with its restoration in
    // their context, and that reading replaces the first.
    String[] restored = words.clone();
    boolean[] changed = new boolean[n];
    if (SpanScreen.readAgain(verdict.score(excess(evidence(ifSpun, t)), n))
        && restoreInto(ifSpun, restored, changed)) {
      List<Finding> again = search(t, words, n, eligible, scorer, restored, changed, false);
      List<Finding> merged = new ArrayList<>(found.size() + again.size());
      for (Finding f : found) {
        if (!SpanScreen.nearChange(changed, f.first(), f.length(), n)) {
          merged.add(f);
        }
      }
      merged.addAll(again);
      found = merged;
      ifSpun = choose(candidateFlags(withoutPhraseForWord(found)), n);
    }
    return new Reading(
        t, words, eligible, found, ifSpun, setPhrases(t, words, n, eligible, scorer), scorer);
  }

  /**
   * How many candidate flags of a text count as evidence that it is spun ({@link #evidence}): what
   * the verdict's rates are calibrated on ({@code org.unspin.eval.spin.VerdictCalibration}).
   */
  public int verdictEvidence(String text) {
    return verdictExcess(text).length;
  }

  /**
   * How far each candidate flag that counts as evidence ({@link #verdictEvidence}) exceeds the flag
   * threshold (natural log): the excesses the verdict weighs and {@code
   * org.unspin.eval.spin.VerdictCalibration} measures.
   */
  public double[] verdictExcess(String text) {
    Reading r = read(text);
    return r == null || r.found() == null ? new double[0] : excess(evidence(r.ifSpun(), r.t()));
  }

  private double[] excess(List<Finding> evidence) {
    double[] excess = new double[evidence.size()];
    for (int k = 0; k < excess.length; k++) {
      excess[k] = evidence.get(k).gain() - settings.minLogRatio();
    }
    return excess;
  }

  @Override
  public SpinAnalysis analyze(String text) {
    Reading r = read(text);
    if (r == null) {
      return SpinAnalysis.nothing();
    }
    if (r.found() == null) {
      return new SpinAnalysis(SpinAnalysis.Verdict.UNCERTAIN, 0.5, 0, List.of());
    }
    Tokens t = r.t();
    int n = t.size;
    List<Finding> found = r.found();
    List<Finding> ifSpun = r.ifSpun();
    // Spinners change whole texts: the phrases that would be flagged were the text spun decide
    // whether it looks spun; only then are they flagged, else only findings strong on their own.
    double[] excess = excess(evidence(ifSpun, t));
    double score = verdict.score(excess, n);
    List<Finding> chosen;
    if (score >= SURE_SCORE) {
      found = seenSpans(r, found, ifSpun);
    }
    if (score >= FLAG_SCORE) {
      List<Finding> sighted = withoutBlind(found);
      chosen =
          withBlind(
              score >= SURE_SCORE
                  ? choose(candidateFlags(sighted, true), n)
                  : withPhrases(ifSpun, sighted, n),
              found,
              n);
      chosen = withStrays(r, chosen);
    } else {
      List<Finding> lone = new ArrayList<>();
      for (Finding f : found) {
        if (f.strictAt(settings.loneLogRatio())) {
          lone.add(f);
        }
      }
      chosen = choose(lone, n);
    }
    chosen = withSetPhrases(chosen, r.setPhrases(), n);
    List<SpunPhrase> phrases = new ArrayList<>(chosen.size());
    int flaggedWords = 0;
    for (Finding f : widened(consistent(chosen, t), t, r.scorer())) {
      int s = t.start[f.first()];
      int e = t.end[f.first() + f.length() - 1];
      String span = text.substring(s, e);
      double conf = confidence(f, score);
      flaggedWords += f.length();
      List<String> alts = new ArrayList<>();
      for (String a : f.alternatives()) {
        alts.add(caseLike(a, t, f.first()));
      }
      phrases.add(
          new SpunPhrase(s, e, span, caseLike(f.restored(), t, f.first()), alts, conf, f.why()));
    }
    return new SpinAnalysis(
        DocumentVerdict.verdict(score), score, (double) flaggedWords / n, phrases);
  }

  /**
   * The findings {@code found} of a text judged surely spun ({@link #SURE_SCORE}) with those of the
   * spans seen in exactly their context, which no reading examines, where {@link #seenFlag} holds:
   * read with the candidate flags {@code ifSpun} restored in their context, they are flagged, never
   * the verdict's evidence (clean texts are never surely spun, so their flags are unchanged).
   */
  private List<Finding> seenSpans(Reading r, List<Finding> found, List<Finding> ifSpun) {
    int n = r.t().size;
    String[] ctx = withRestored(r.words(), ifSpun);
    List<Finding> out = new ArrayList<>(found);
    for (Finding f : search(r.t(), r.words(), n, r.eligible(), r.scorer(), ctx, null, true)) {
      if (seenFlag(f)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The spun set phrases of a text: each pair of adjacent eligible words in one case run that the
   * model has never counted together ({@link Collocations#asks}), where a set phrase that one of
   * them nearly always comes in, with a thesaurus neighbour of the other, is at least {@link
   * Settings#minLogRatio} likelier in context. Each is reduced to the words it changes. They are
   * never the verdict's evidence, nor context for the second reading, so the verdict's calibration
   * stands.
   */
  private List<Finding> setPhrases(
      Tokens t, String[] words, int n, boolean[] eligible, ContextScorer scorer) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i + 1 < n; i++) {
      if (!eligible[i]
          || !eligible[i + 1]
          || !t.joined(i)
          || !sameCaseRun(t, i, 2)
          || !collocations.asks(words[i], words[i + 1], scorer)) {
        continue;
      }
      List<Collocations.SetPhrase> candidates = collocations.of(words[i], words[i + 1]);
      if (!candidates.isEmpty()) {
        Finding f = setPhrase(t, words, n, i, candidates, scorer);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /**
   * The pair at {@code i, i + 1} restored to its likeliest set phrase in context, when that is at
   * least {@link Settings#minLogRatio} likelier and related word by word; reduced to the words it
   * changes.
   */
  private Finding setPhrase(
      Tokens t,
      String[] words,
      int n,
      int i,
      List<Collocations.SetPhrase> candidates,
      ContextScorer scorer) {
    String[][] around = around(t, words, n, i, 2, scorer.order());
    String[] left = around[0];
    String[] right = around[1];
    String[] pair = {words[i], words[i + 1]};
    String span = pair[0] + " " + pair[1];
    String[] spanWindow = window(left, pair, right);
    double base = scorer.logProb(spanWindow, left.length, spanWindow.length);
    Collocations.SetPhrase best = null;
    Relatedness.Relation bestRel = null;
    double bestGain = Double.NEGATIVE_INFINITY;
    for (Collocations.SetPhrase c : candidates) {
      Relatedness.Relation rel = relatedness.relateCached(span, c.phrase());
      if (rel.strength() < CLOSE) {
        continue;
      }
      String[] w = window(left, c.words(), right);
      double gain = scorer.logProb(w, left.length, w.length) - base + relationBonus(rel);
      if (gain > bestGain) {
        best = c;
        bestRel = rel;
        bestGain = gain;
      }
    }
    if (best == null || bestGain < settings.minLogRatio()) {
      return null;
    }
    boolean keepFirst = best.words()[0].equals(pair[0]);
    boolean keepSecond = best.words()[1].equals(pair[1]);
    int first = keepFirst ? i + 1 : i;
    int length = keepFirst || keepSecond ? 1 : 2;
    String restored = keepFirst ? best.words()[1] : keepSecond ? best.words()[0] : best.phrase();
    double ratio = Math.exp(bestGain);
    String why =
        String.format(
            Locale.ROOT,
            "'%s' is %s\u00d7 likelier here; %s; a set phrase ('%s' comes in it %.0f%% of the"
                + " time) where '%s' is never counted",
            best.phrase(),
            ratio >= 1000 ? ">1000" : String.format(Locale.ROOT, "%.0f", ratio),
            bestRel.why(),
            keepFirst ? pair[0] : pair[1],
            100 * best.companion(),
            span);
    return new Finding(
        first,
        length,
        restored,
        restored,
        List.of(),
        bestGain,
        bestRel.strength(),
        bestGain,
        why,
        Double.POSITIVE_INFINITY,
        false,
        false,
        false,
        false);
  }

  /**
   * The flags {@code chosen} with the spun set phrases added: the best non-overlapping choice of
   * both.
   */
  private static List<Finding> withSetPhrases(
      List<Finding> chosen, List<Finding> setPhrases, int n) {
    if (setPhrases.isEmpty()) {
      return chosen;
    }
    List<Finding> all = new ArrayList<>(chosen.size() + setPhrases.size());
    all.addAll(chosen);
    all.addAll(setPhrases);
    return choose(all, n);
  }

  /**
   * Examines every eligible span; with {@code context} (the words with restorations substituted)
   * read in that context, and with {@code changed} only the spans whose context holds a changed
   * word. With {@code seen}, the spans seen in exactly their context are examined instead (see
   * {@link #examine}).
   */
  private List<Finding> search(
      Tokens t,
      String[] words,
      int n,
      boolean[] eligible,
      ContextScorer scorer,
      String[] context,
      boolean[] changed,
      boolean seen) {
    List<Finding> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int len = 1; len <= settings.maxSpan() && i + len <= n; len++) {
        if (!eligible[i + len - 1] || (len > 1 && !t.joined(i + len - 2))) {
          break;
        }
        if (!sameCaseRun(t, i, len)) {
          break;
        }
        if (changed != null && !SpanScreen.nearChange(changed, i, len, n)) {
          continue;
        }
        if (!screened(words, i, len, scorer)) {
          continue;
        }
        Finding f = examine(t, context != null ? context : words, words, n, i, len, scorer, seen);
        if (f != null) {
          found.add(f);
        }
      }
    }
    return found;
  }

  /**
   * The candidate flags that count as evidence that the text is spun (all of them are flagged once
   * it looks spun). Not those whose original is rarer than the phrase ({@link Finding#commoner}): a
   * spinner swaps a word for a synonym, mostly a rarer one, so the word it replaced is nearly
   * always the commoner; a clean phrase that merely fits its context worse than a rarer word is how
   * the model's gaps look. Not a wording offered only because it fits one neighbour ({@link
   * Finding#oneSided}), nor one related by shared contexts alone ({@link Finding#contextual}):
   * weaker evidence, flagged and restored once a text looks spun, but never what makes it look
   * spun. Not a phrase the text uses more than once that is restored to different wordings in
   * different places: a spinner's word stands for one original, while a word the model does not
   * know in the text's sense (a topic word of modern news) draws a different guess each time. On
   * calibration data outside the evaluation both raised the spun/clean ratio of candidate flags
   * (see docs/BENCHMARKS.md, spin round 7).
   */
  private static List<Finding> evidence(List<Finding> ifSpun, Tokens t) {
    // the likeliest wordings of each phrase of the text (one pass: linear in the flags)
    Map<String, Set<String>> restorations = new HashMap<>();
    for (Finding f : ifSpun) {
      restorations.computeIfAbsent(words(f, t), w -> new HashSet<>()).add(f.likeliest());
    }
    List<Finding> out = new ArrayList<>(ifSpun.size());
    for (Finding f : ifSpun) {
      // not when another flag over the same words restores them to another wording
      if (f.commoner()
          && !f.oneSided()
          && !f.contextual()
          && restorations.get(words(f, t)).size() == 1) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The flags with a phrase that the text uses more than once restored alike where it can be: a
   * spinner's word stands for one original, so a flag whose restoration differs from the one most
   * of the phrase's flags have (ties: the likeliest) takes that one when it was among its own
   * alternatives.
   */
  private static List<Finding> consistent(List<Finding> flags, Tokens t) {
    Map<String, Map<String, Double>> votes = new HashMap<>();
    for (Finding f : flags) {
      votes
          .computeIfAbsent(words(f, t), w -> new HashMap<>())
          .merge(f.restored(), 1 + f.gain() / 1000, Double::sum);
    }
    List<Finding> out = new ArrayList<>(flags.size());
    for (Finding f : flags) {
      Map<String, Double> v = votes.get(words(f, t));
      String w = f.restored();
      if (v.size() > 1) {
        for (Map.Entry<String, Double> e : v.entrySet()) {
          if (e.getValue() > v.get(w) && f.alternatives().contains(e.getKey())) {
            w = e.getKey();
          }
        }
      }
      if (w.equals(f.restored())) {
        out.add(f);
      } else {
        List<String> alts = new ArrayList<>(f.alternatives());
        alts.set(alts.indexOf(w), f.restored());
        out.add(
            f.reworded(
                f.first(),
                f.length(),
                w,
                alts,
                "restored to '" + w + "' as elsewhere in the text"));
      }
    }
    return out;
  }

  /**
   * The flags with each one-word flag widened to the thesaurus-listed phrase it makes with a
   * neighbour no other flag covers, where the language model says the spinner swapped that phrase,
   * and two adjacent one-word flags that make a listed phrase joined into one ({@link
   * PhraseBoundary}).
   */
  private List<Finding> widened(List<Finding> flags, Tokens t, ContextScorer scorer) {
    boolean[] taken = new boolean[t.size];
    for (Finding f : flags) {
      Arrays.fill(taken, f.first(), f.first() + f.length(), true);
    }
    List<Finding> out = null;
    for (int k = 0; k < flags.size(); k++) {
      Finding f = flags.get(k);
      if (f.length() != 1 || out != null && out.get(k) == null) {
        continue;
      }
      PhraseBoundary.Widened w = boundary.widen(t, f.first(), f.restored(), taken, scorer);
      Finding g = k + 1 < flags.size() ? flags.get(k + 1) : null;
      if (w == null && g != null && g.length() == 1 && g.first() == f.first() + 1) {
        // two flagged words of one listed phrase: one flag
        w = boundary.merge(t, f.first(), f.restored(), g.restored(), scorer);
        if (w != null) {
          if (out == null) {
            out = new ArrayList<>(flags);
          }
          out.set(k + 1, null);
        }
      }
      if (w == null) {
        continue;
      }
      Arrays.fill(taken, w.first(), w.first() + w.length(), true);
      if (out == null) {
        out = new ArrayList<>(flags);
      }
      out.set(k, f.reworded(w.first(), w.length(), w.restored(), f.alternatives(), w.why()));
    }
    if (out != null) {
      out.removeIf(Objects::isNull);
    }
    return out == null ? flags : out;
  }

  /** The words a finding covers, lower-cased, as one key. */
  private static String words(Finding f, Tokens t) {
    return String.join("\n", Arrays.asList(t.lower).subList(f.first(), f.first() + f.length()));
  }

  /**
   * The findings but those restoring a phrase to a shorter wording through a relation only they use
   * ({@link Relatedness.Relation#phraseForWord}): the verdict's evidence and the second reading are
   * made without them, exactly as before they were found, so they neither make a text look spun nor
   * displace the findings that do.
   */
  private static List<Finding> withoutPhraseForWord(List<Finding> found) {
    List<Finding> out = null;
    for (int k = 0; k < found.size(); k++) {
      Finding f = found.get(k);
      if (f.apart() && out == null) {
        out = new ArrayList<>(found.subList(0, k));
      } else if (!f.apart() && out != null) {
        out.add(f);
      }
    }
    return out == null ? found : out;
  }

  /** The findings but the {@link Finding#blind} ones. */
  private static List<Finding> withoutBlind(List<Finding> found) {
    List<Finding> out = new ArrayList<>(found.size());
    for (Finding f : found) {
      if (!f.blind()) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The flags of a text that looks spun, and the {@link Finding#blind} candidate flags of {@code
   * found} where they overlap none of them: a wording that fits neither neighbour is flagged only
   * where nothing else is (its backed-off gain would otherwise outweigh a longer phrase's reading).
   */
  private List<Finding> withBlind(List<Finding> flags, List<Finding> found, int n) {
    boolean[] taken = new boolean[n];
    for (Finding f : flags) {
      Arrays.fill(taken, f.first(), f.first() + f.length(), true);
    }
    List<Finding> out = null;
    for (Finding f : candidateFlags(found)) {
      if (f.blind() && !taken[f.first()]) {
        if (out == null) {
          out = new ArrayList<>(flags);
        }
        out.add(f);
      }
    }
    if (out == null) {
      return flags;
    }
    out.sort(Comparator.comparingInt(Finding::first));
    return out;
  }

  /**
   * The flags of a text judged spun ({@code flags}) with its stray words ({@link #stray}) that no
   * flag covers, read with the flags restored in their context, where the strays are at least
   * {@link #STRAY_SHARE} of the strays and flags together; of them, the words the thesaurus lists
   * are flagged. A spinner whose dictionary the thesaurus does not share swaps words for ones no
   * relation leads back from ("verbal" for "said", "stockade" for "bank"); such a word is mostly
   * left in company the model has never seen on either side, and the blank between its neighbours
   * tells what it stood for. Where the thesaurus explains nearly every suspect of a text, its
   * strays are mostly its own rare words, misspellings and names; and a word no dictionary lists is
   * more often a misspelling than a spinner's word. See docs/BENCHMARKS.md, spin round 14. A listed
   * word seen beside one of its neighbours only is flagged too where what fits between them is
   * overwhelmingly likelier ({@link #LONE_LOG_RATIO}); it does not count among the strays (spin
   * round 15).
   */
  private List<Finding> withStrays(Reading r, List<Finding> flags) {
    Tokens t = r.t();
    int n = t.size;
    String[] ctx = withRestored(r.words(), flags);
    boolean[] taken = new boolean[n];
    for (Finding f : flags) {
      Arrays.fill(taken, f.first(), f.first() + f.length(), true);
    }
    List<Finding> strays = new ArrayList<>();
    for (int i = 1; i + 1 < n; i++) {
      Finding f = taken[i] ? null : stray(r, ctx, i, false);
      if (f != null) {
        strays.add(f);
      }
    }
    if (strays.isEmpty() || strays.size() < STRAY_SHARE * (strays.size() + flags.size())) {
      return flags;
    }
    List<Finding> out = new ArrayList<>(flags);
    for (Finding f : strays) {
      if (listed(r.words()[f.first()])) {
        out.add(f);
      }
    }
    for (int i = 1; i + 1 < n; i++) {
      Finding f = taken[i] || !listed(r.words()[i]) ? null : stray(r, ctx, i, true);
      if (f != null) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt(Finding::first));
    return out;
  }

  /**
   * How much likelier (natural log) in context than a word seen beside one of its neighbours only
   * the likeliest word seen between the two must be for the word to be flagged as a stray ({@link
   * #withStrays}, where the text's strays are foreign): e^16, about 9 million times. A word seen
   * beside one neighbour is no stranger to its place than most words of clean text, so only an
   * overwhelming misfit is flagged; the window's words then mostly make a set phrase of the domain
   * with the word that fits ("access" for "accession", "development" for "evolution"). Chosen on
   * 100 calibration stories (rate 0.2, Reuters counts, the four pairings): in any text judged spun,
   * such flags from e^16 were right 80 % and 86 % of the time where the spinner's dictionary is
   * unseen (held out, Aiksaurus), from e^12 59 % and 64 %; but about half the time where the
   * detector's thesaurus explains the spinner's swaps (MyThes against WordNet 18 right and 16
   * wrong, WordNet against MyThes 19 and 19), which lowered those pairings' precision by 0.003 to
   * 0.004; where the strays are foreign, 18 right and 5 wrong (held out), 20 and 5 (Aiksaurus), 0
   * and 0, 0 and 2. Also from e^20 in any text judged spun: the CI subset's MyThes-against-WordNet
   * precision fell to its minimum (0.873 to 0.870). See docs/BENCHMARKS.md, spin round 15.
   */
  private static final double LONE_LOG_RATIO = 16;

  /**
   * The least share of a text's strays among its strays and flags for its strays to be flagged
   * ({@link #withStrays}). Chosen on 100 calibration stories (rate 0.2, Reuters counts), counted
   * per text judged spun: flagging every spun text's strays, MyThes against WordNet would have had
   * more wrong stray flags than right ones (85 against 63), and from 0.15 such texts hardly have
   * any. With 0.15 (and only listed words flagged), spun with Aiksaurus: 98 more substitutions
   * found, 37 more restored exactly, 17 more wrong flags; held-out pairs: 69 more found, 10 more
   * restored, 19 more wrong flags; WordNet against MyThes 9 more found for 3 more wrong flags;
   * MyThes against WordNet unchanged. On the evaluation's CI subset 0.2 gave less of the gain (F1
   * +0.019 against +0.030 in the Aiksaurus pairing, +0.005 against +0.010 held out) for a little
   * less of the loss (held-out restored -0.008 against -0.011).
   */
  private static final double STRAY_SHARE = 0.15;

  /**
   * A stray word at {@code i}, or null: a lower-case word, not plain, that the model has never seen
   * beside either of its neighbours in {@code ctx} (both known, in its sentence), where a word it
   * has seen between them ({@link FillerCache#fillers}) is at least {@link Settings#minLogRatio}
   * likelier in context; with {@code lone}, a word seen beside exactly one of them, where such a
   * word is at least {@link #LONE_LOG_RATIO} likelier. The likeliest such word restores it, related
   * to it or not: the context alone picks it, so the finding is kept apart as the {@link #blindSpan
   * blind} ones are, related at {@link #STRAY} and never the verdict's evidence.
   */
  private Finding stray(Reading r, String[] ctx, int i, boolean lone) {
    Tokens t = r.t();
    String[] words = r.words();
    ContextScorer scorer = r.scorer();
    if (!r.eligible()[i]
        || t.shape[i] != Tokens.LOWER
        || !t.joined(i - 1)
        || !t.joined(i)
        || !screened(words, i, 1, scorer)) {
      return null;
    }
    String w = words[i];
    String left = ctx[i - 1];
    String right = ctx[i + 1];
    if (scorer.count(left) == 0 || scorer.count(right) == 0) {
      return null;
    }
    int sides = (scorer.count(left, w) > 0 ? 1 : 0) + (scorer.count(w, right) > 0 ? 1 : 0);
    if (sides != (lone ? 1 : 0)) {
      return null;
    }
    double least = lone ? LONE_LOG_RATIO : settings.minLogRatio();
    String[][] around = around(t, ctx, t.size, i, 1, scorer.order());
    int spanStart = around[0].length;
    String[] span = {w};
    String[] window = window(around[0], span, around[1]);
    double base = scorer.logProb(window, spanStart, window.length);
    if (!scorer.canReach(window.length - spanStart, base + least)) {
      // the word fits its place too well for any filler to be that much likelier
      return null;
    }
    FillerCache.Fills fills = fillers.fillers(left, right, 1, scorer);
    List<Scored> scored = new ArrayList<>();
    for (int k = 0; k < fills.phrases().length; k++) {
      String[] fill = fills.words()[k];
      if (fill.length != 1 || fill[0].equals(w) || !Character.isLetter(fill[0].charAt(0))) {
        continue;
      }
      window[spanStart] = fill[0];
      double gain = scorer.logProb(window, spanStart, window.length) - base;
      if (gain >= least) {
        scored.add(new Scored(fill[0], gain, STRAY_RELATION, false, true, true, false, true));
      }
    }
    if (scored.isEmpty()) {
      return null;
    }
    scored.sort(Comparator.comparingDouble(Scored::gain).reversed());
    Scored top = scored.get(0);
    List<String> alts = new ArrayList<>();
    for (int k = 1; k < scored.size() && alts.size() < 3; k++) {
      alts.add(scored.get(k).phrase());
    }
    return new Finding(
        i,
        1,
        top.phrase(),
        top.phrase(),
        alts,
        top.gain(),
        STRAY,
        Double.NEGATIVE_INFINITY,
        (lone ? "never seen beside one of its neighbours; '" : "seen beside neither neighbour; '")
            + top.phrase()
            + "' fits between them",
        frequency(scorer, top.phrase(), span),
        false,
        true,
        false,
        true);
  }

  /**
   * The strength of a stray word's restoration ({@link #stray}): a loose relation's ({@link
   * Relatedness#LOOSE}), below {@link Relatedness#WEAK}, since the context alone relates the two;
   * it sets the flag's confidence.
   */
  private static final double STRAY = Relatedness.LOOSE;

  private static final Relatedness.Relation STRAY_RELATION =
      new Relatedness.Relation(STRAY, "fits between the neighbours", false, true);

  /**
   * The flags of a text that looks spun: {@code ifSpun} (made {@link #withoutPhraseForWord}), or,
   * when a phrase restored to a shorter wording is among the candidate flags of {@code found}, the
   * best non-overlapping choice of them all.
   */
  private List<Finding> withPhrases(List<Finding> ifSpun, List<Finding> found, int n) {
    List<Finding> all = candidateFlags(found);
    for (Finding f : all) {
      if (f.apart()) {
        return choose(all, n);
      }
    }
    return ifSpun;
  }

  /** The findings that would be flagged were the text spun (before overlaps are resolved). */
  private List<Finding> candidateFlags(List<Finding> found) {
    return candidateFlags(found, false);
  }

  /**
   * {@link #candidateFlags(List)}, and when the text is {@code sure}ly spun ({@link #SURE_SCORE})
   * also the closely related wordings with the smaller margin of strict evidence, and the flaggable
   * wordings far commoner than the span from {@link #SURE_LOG_RATIO}.
   */
  private List<Finding> candidateFlags(List<Finding> found, boolean sure) {
    List<Finding> candidates = new ArrayList<>();
    for (Finding f : found) {
      if (f.strength() >= Relatedness.WEAK && f.gain() >= settings.minLogRatio()
          || sure && f.strength() >= CLOSE && f.gain() >= settings.strictLogRatio()
          || sure && sureMargin(f.strength(), f.frequency()) && f.gain() >= SURE_LOG_RATIO) {
        candidates.add(f);
      }
    }
    return candidates;
  }

  /** A copy of {@code words} with the {@code flags} restored ({@link #restoreInto}). */
  private static String[] withRestored(String[] words, List<Finding> flags) {
    String[] restored = words.clone();
    restoreInto(flags, restored, new boolean[words.length]);
    return restored;
  }

  /**
   * Writes each finding's likeliest wording over its words in {@code restored} when it has as many
   * words as the span, marking the words that change; whether any did.
   */
  private static boolean restoreInto(List<Finding> flags, String[] restored, boolean[] changed) {
    boolean any = false;
    for (Finding f : flags) {
      String[] r = f.likeliest().split(" ");
      if (r.length != f.length()) {
        continue;
      }
      for (int k = 0; k < r.length; k++) {
        int at = f.first() + k;
        if (!r[k].equals(restored[at])) {
          restored[at] = r[k];
          changed[at] = true;
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * Whether span {@code [i, i + len)} passes the first-pass screen ({@link SpanScreen}): a word
   * alone that is not plain, or a longer phrase the thesaurus offers wordings for.
   */
  private boolean screened(String[] words, int i, int len, ContextScorer scorer) {
    if (len == 1) {
      return !screen.plainWord(scorer.count(words[i]));
    }
    return len <= FILL_MAX_SPAN
        || !thesaurusCandidates(String.join(" ", Arrays.copyOfRange(words, i, i + len)), scorer)
            .isEmpty();
  }

  private double confidence(Finding f, double docScore) {
    double g = f.gain();
    double c = f.strength() * g / (g + settings.minLogRatio()) * (0.5 + 0.5 * docScore);
    return Math.max(0, Math.min(1, c));
  }

  /**
   * Whether the text is running prose the model knows (not code, tables, lists or another
   * language).
   */
  private boolean looksLikeProse(Tokens t, int n, ContextScorer scorer) {
    int lowerWords = 0;
    int known = 0;
    int checked = 0;
    int step = Math.max(1, n / 400);
    for (int i = 0; i < n; i += step) {
      if (t.shape[i] == Tokens.LOWER) {
        lowerWords++;
        checked++;
        if (scorer.count(t.lower[i]) > 0) {
          known++;
        }
      } else {
        checked++;
      }
    }
    return lowerWords >= 0.4 * checked && known >= 0.7 * lowerWords;
  }

  /** Whether token i is an ordinary word a spinner could have replaced. */
  private boolean eligible(Tokens t, int i, ContextScorer scorer) {
    String w = t.lower[i];
    if (w.length() < 2 && !w.equals("a")) {
      return false;
    }
    return switch (t.shape[i]) {
      case Tokens.LOWER -> Character.isLetter(w.charAt(0));
      case Tokens.CAPITALIZED -> scorer.count(w) >= minCommon || t.breakBefore[i] && listed(w);
      default -> false;
    };
  }

  /**
   * Whether the thesaurus lists a word: a rare capitalised word is mostly a name, but at the start
   * of a sentence its capital says nothing, and a word the thesaurus lists there is an ordinary
   * word a spinner could have swapped in ("Psychoanalysts said ...").
   */
  private boolean listed(String w) {
    return Character.isLetter(w.charAt(0)) && !relatedness.neighbours(w).isEmpty();
  }

  /**
   * A span is lower case, or a run of capitalised words (a name made of ordinary words), where a
   * capitalised first word at a context break counts as lower case.
   */
  static boolean sameCaseRun(Tokens t, int i, int len) {
    boolean firstIsSentenceStart = t.breakBefore[i] && t.shape[i] == Tokens.CAPITALIZED;
    byte want = -1;
    for (int k = i; k < i + len; k++) {
      byte s = (k == i && firstIsSentenceStart) ? -1 : t.shape[k];
      if (s == -1) {
        continue;
      }
      if (want == -1) {
        want = s;
      } else if (want != s) {
        return false;
      }
    }
    if (firstIsSentenceStart && want == Tokens.CAPITALIZED) {
      return false;
    }
    return true;
  }

  /**
   * The best restoration of span {@code [i, i + len)} of {@code words}, read in the context of
   * {@code ctx} (the same words, or with neighbouring restorations substituted), or null. With
   * {@code seen}, only a span seen in exactly its context is examined (the others were examined
   * already).
   */
  private Finding examine(
      Tokens t,
      String[] ctx,
      String[] words,
      int n,
      int i,
      int len,
      ContextScorer scorer,
      boolean seen) {
    String[][] around = around(t, ctx, n, i, len, scorer.order());
    String[] leftCtx = around[0];
    String[] rightCtx = around[1];
    String left = leftCtx.length > 0 ? leftCtx[leftCtx.length - 1] : null;
    String right = rightCtx.length > 0 ? rightCtx[0] : null;
    if (left != null && scorer.count(left) == 0) {
      left = null;
    }
    if (right != null && scorer.count(right) == 0) {
      right = null;
    }
    String[] spanWords = Arrays.copyOfRange(words, i, i + len);
    // A span seen in exactly this context is not a spin, except where a surely spun text asks
    // (seenSpans).
    if (supported(spanWords, left, right, scorer) != seen) {
      return null;
    }
    // one word: the text's own string, whose hash the caches keyed by it have worked out already
    String span = len == 1 ? spanWords[0] : String.join(" ", spanWords);
    boolean spanLeft = left == null || scorer.count(left, spanWords[0]) > 0;
    boolean spanRight = right == null || scorer.count(spanWords[len - 1], right) > 0;
    CandidateList candidates =
        left != null && right != null && settings.fillLimit() > 0 && len <= FILL_MAX_SPAN
            ? withFillers(span, len, left, right, scorer, spanLeft, spanRight)
            : thesaurusCandidates(span, scorer);
    if (candidates.isEmpty()) {
      return null;
    }
    int spanStart = leftCtx.length;
    String[] window = window(leftCtx, spanWords, rightCtx);
    double base = scorer.logProb(window, spanStart, window.length);
    double grammar = left != null && articleClash(left, words[i]) ? GRAMMAR_BONUS : 0;
    double floor = Math.min(settings.minLogRatio(), settings.strictLogRatio());
    // the least gain of a finding: what a surely spun text flags (SURE_LOG_RATIO)
    double least = Math.min(floor, SURE_LOG_RATIO);
    // Below this gain a wording decides nothing: not the evidence (it needs `floor`), no
    // alternative (half of it), no strict evidence (`loneLogRatio`), and not the restoration, which
    // a wording below the best (at least `least`) wins by at most INFLECTION_MARGIN + IN_TEXT +
    // FORM (the best of another part of speech, the other in the text).
    double matters =
        Math.min(
            Math.min(floor / 2, settings.loneLogRatio()),
            least - INFLECTION_MARGIN - IN_TEXT - FORM);
    // The phrase's absence beside a neighbour is evidence only when the pair was to be expected.
    boolean missLeft = !spanLeft && expected(scorer, left, spanWords[0]) >= SURPRISE;
    boolean missRight = !spanRight && expected(scorer, spanWords[len - 1], right) >= SURPRISE;
    List<Scored> scored = new ArrayList<>();
    // candidates are read as tokens: most are dropped by the neighbour check without their words
    long[] leftTokens = scorer.tokens(leftCtx);
    long[] rightTokens = scorer.tokens(rightCtx);
    long leftToken = left != null ? leftTokens[leftTokens.length - 1] : 0;
    long rightToken = right != null ? rightTokens[0] : 0;
    ContextScorer.Frame frame = scorer.frame(leftTokens, rightTokens);
    // the phrase fits neither neighbour: a related wording that fits neither either may be judged
    // by the model's backed-off estimates (blindSpan)
    boolean blindSpan = blindSpan(spanWords, left, right, spanLeft, spanRight, scorer);
    boolean[] beside =
        candidates.seenBeside(
            scorer, left != null ? leftToken : null, right != null ? rightToken : null);
    for (int k = 0; k < candidates.size(); k++) {
      boolean seenLeft = beside[2 * k];
      boolean seenRight = beside[2 * k + 1];
      // a wording never seen beside either neighbour cannot be much likelier here (nor can an
      // unrelated one, which is seen beside neither)
      boolean blind = !seenLeft && !seenRight;
      if (blind && !blindSpan || candidates.isNone(k)) {
        continue;
      }
      int from = candidates.from(k);
      int to = candidates.to(k);
      // a wording offered for fitting one neighbour is evidence only where it mends a pair the
      // phrase breaks, and breaks none the phrase keeps (the pair's absence need not be surprising:
      // requiring that, as strict evidence does, kept 0.004 of the 0.046 recall these add)
      if (candidates.oneSided(k)
          && !((seenLeft && !spanLeft || seenRight && !spanRight)
              && !(spanLeft && !seenLeft || spanRight && !seenRight))) {
        continue;
      }
      // related only now: most candidates never get here
      Relatedness.Related c = candidates.get(k);
      if (c == null) {
        continue;
      }
      Relatedness.Relation rel = c.rel();
      if (blind && !blindRelation(rel)) {
        continue;
      }
      double cGrammar = grammar > 0 && !articleClash(left, c.words()[0]) ? grammar : 0;
      // a shorter wording for a phrase is compared per word it predicts (phraseBase)
      double spanBase =
          rel.phraseForWord()
              ? phraseBase(
                  base, window.length, spanStart + to - from + rightTokens.length, spanStart)
              : base;
      // a wording whose gain stays below `matters` changes no finding: its window is read only
      // until that is certain
      double lp =
          scorer.logProbReaching(
              frame,
              candidates.tokens(k),
              from,
              to,
              matters + spanBase - cGrammar - relationBonus(rel),
              left != null && !seenLeft,
              right != null && !seenRight);
      if (lp == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double gain = lp - spanBase + cGrammar + relationBonus(rel);
      scored.add(
          new Scored(
              c.phrase(),
              gain,
              rel,
              cGrammar > 0,
              seenLeft,
              seenRight,
              candidates.oneSided(k),
              blind));
    }
    // the detecting wording is one of them, so no finding when none reaches `least`: about half
    // the spans with a candidate scored, whose wordings are then not sorted
    if (!reaches(scored, least)) {
      return null;
    }
    bestFirst(scored);
    // a shorter wording for a phrase may restore a span that the others detect
    // (phraseForWordWhereAlone)
    List<Scored> restorable = scored;
    scored = phraseForWordWhereAlone(scored, floor);
    // the likeliest wording restores; the likeliest wording related as it stands detects (a
    // related word inflected as the span is fits clean text as well as spun text)
    Scored first = scored.get(0);
    Scored best = first.rel().inflected() ? firstUninflected(scored) : first;
    if (best == null || best.gain() < least) {
      return null;
    }
    // below `floor` only a surely spun text flags, and only a far commoner wording: the others are
    // dropped before their restoration is worked out
    double frequency = frequency(scorer, best.phrase(), spanWords);
    if (best.gain() < floor && !sureMargin(best.rel().strength(), frequency)) {
      return null;
    }
    Scored top = restoration(restorable, span, t);
    if (spanInflected(span) && !morphology.inflectedAlike(top.phrase(), span)) {
      Scored re =
          reinflected(
              top, span, scored, left, leftTokens, rightTokens, spanStart, base, grammar, scorer);
      if (re != null && re.gain() > top.gain() - INFLECTION_MARGIN) {
        top = re;
      }
    }
    // Strict: the best closely related wording mends a neighbour pair the phrase breaks, and
    // breaks none it keeps.
    Scored close = null;
    for (Scored c : scored) {
      if (c.rel().strength() >= CLOSE && !c.rel().inflected() && !c.oneSided()) {
        close = c;
        break;
      }
    }
    boolean strict = false;
    if (close != null) {
      boolean mends = close.seenLeft() && missLeft || close.seenRight() && missRight;
      boolean breaks = spanLeft && !close.seenLeft() || spanRight && !close.seenRight();
      strict = mends && !breaks;
    }
    List<String> alts = new ArrayList<>();
    for (int k = 0; k < scored.size() && alts.size() < 3; k++) {
      if (scored.get(k) != top && scored.get(k).gain() >= floor / 2) {
        alts.add(scored.get(k).phrase());
      }
    }
    return new Finding(
        i,
        len,
        top.phrase(),
        first.phrase(),
        alts,
        best.gain(),
        best.rel().strength(),
        strict ? close.gain() : Double.NEGATIVE_INFINITY,
        evidence(top, left, words[i]),
        frequency,
        best.oneSided(),
        best.rel().contextual(),
        best.rel().phraseForWord(),
        best.blind());
  }

  /**
   * Blind contexts: when a phrase rarer than an ordinary word ({@link
   * Settings#minCommonPerMillion}) is seen beside neither of its neighbours (both present), its
   * related wordings seen beside neither are scored too, by the model's backed-off estimates;
   * elsewhere a wording seen beside neither neighbour is never scored. Spinners replace runs of
   * words and favour rare synonyms, and a rare word between spun neighbours (or in rare company)
   * leaves its original no pair to fit; the backed-off estimate still tells a rare word from its
   * much commoner synonym. Such findings are kept apart as the phrase-for-word ones are ({@link
   * Finding#apart}): they stand only where no other wording makes a finding, are never the
   * verdict's evidence nor restored into the second reading, and are flagged only in a text that
   * looks spun on other evidence, where no other flag covers the word ({@link #withBlind}); see
   * docs/BENCHMARKS.md, spin round 10.
   */
  private boolean blindSpan(
      String[] spanWords,
      String left,
      String right,
      boolean spanLeft,
      boolean spanRight,
      ContextScorer scorer) {
    return left != null
        && right != null
        && !spanLeft
        && !spanRight
        && scorer.count(spanWords, 0, spanWords.length) < minCommon;
  }

  /**
   * Whether a wording seen beside neither neighbour may be scored for a phrase seen beside neither
   * ({@link #blindSpan blind}): a flaggable relation, not one from shared contexts alone (those are
   * asked only of the blank's best fillers, which are seen between both neighbours).
   */
  private static boolean blindRelation(Relatedness.Relation rel) {
    return rel.strength() >= Relatedness.WEAK && !rel.contextual();
  }

  /**
   * The scored wordings (best first) without those kept apart ({@link Scored#apart}: the shorter
   * wordings for a phrase, {@link Relatedness.Relation#phraseForWord}, and the {@link #blindSpan
   * blind} ones) when the others make a finding on their own (a wording related as it stands at
   * least {@code floor} likelier): such a span reads exactly as it did before they were offered,
   * and they stand only where nothing else does.
   */
  private static List<Scored> phraseForWordWhereAlone(List<Scored> scored, double floor) {
    List<Scored> others = new ArrayList<>(scored.size());
    for (Scored c : scored) {
      if (!c.apart()) {
        others.add(c);
      }
    }
    if (others.size() == scored.size()) {
      return scored;
    }
    Scored best = firstUninflected(others);
    return best != null && best.gain() >= floor ? others : scored;
  }

  /**
   * The span's log-probability {@code base} over a window of {@code spanWindow} tokens, scaled to a
   * shorter wording's window of {@code wordWindow} (both from {@code spanStart}): the mean per
   * predicted word times the wording's count. The window of a one-word wording for a two-word
   * phrase predicts one word fewer, which alone makes almost any common word hundreds of times
   * "likelier" than a clean phrase; compared per word, the wording must fit the same context better
   * word for word.
   */
  private static double phraseBase(double base, int spanWindow, int wordWindow, int spanStart) {
    int spanWords = spanWindow - spanStart;
    int wordWords = wordWindow - spanStart;
    return wordWords >= spanWords ? base : base * wordWords / spanWords;
  }

  /**
   * What a wording's relation adds to its gain (natural log): its strength's log, less {@link
   * #WEAK_MARGIN} for a relation weaker than {@link #STRONG}.
   */
  private static double relationBonus(Relatedness.Relation rel) {
    return Math.log(rel.strength()) - (rel.strength() < STRONG ? WEAK_MARGIN : 0);
  }

  /**
   * Whether a span is an inflected word or phrase ("appended", "solicitations", "putting out"),
   * whose original a restoration should be inflected alike.
   */
  private boolean spanInflected(String span) {
    return morphology != null && morphology.inflected(span);
  }

  /**
   * The restoration among the scored wordings (best first): the likeliest in context, where a
   * wording inflected otherwise than an inflected span ({@link Morphology#inflectedAlike}) needs
   * {@link #INFLECTION_MARGIN} more, a wording the text uses elsewhere gets {@link #IN_TEXT}, one
   * whose word the text uses in another form gets {@link #FORM}, and one of another part of speech
   * than the inflected span ({@link Morphology#sameWordClass}) loses {@link #FORM}.
   */
  private Scored restoration(List<Scored> scored, String span, Tokens t) {
    boolean inflected = spanInflected(span);
    Scored pick = scored.get(0);
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Scored c : scored) {
      if (c.gain() + Math.max(IN_TEXT, FORM) <= bestScore) {
        break; // sorted by gain: no later wording can score higher
      }
      boolean inText = inText(t, c.phrase());
      double s =
          c.gain()
              + (inText ? IN_TEXT : formInText(t, c.phrase()) ? FORM : 0)
              - (inflected && !morphology.inflectedAlike(c.phrase(), span) ? INFLECTION_MARGIN : 0)
              - (!morphology.sameWordClass(c.phrase(), span) ? FORM : 0);
      if (s > bestScore) {
        bestScore = s;
        pick = c;
      }
    }
    return pick;
  }

  /** Whether another form of one-word {@code phrase}'s base word occurs in the text. */
  private boolean formInText(Tokens t, String phrase) {
    if (phrase.indexOf(' ') >= 0) {
      return false;
    }
    for (String f : morphology.otherForms(phrase)) {
      if (t.words().contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of {@code phrase} occurs in the text. */
  private static boolean inText(Tokens t, String phrase) {
    if (phrase.indexOf(' ') < 0) {
      return t.words().contains(phrase);
    }
    for (String w : phrase.split(" ")) {
      if (!t.words().contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The restoration {@code top} inflected as the span is ("helped" for "help" in place of
   * "assisted", "publishing" for "published" in place of "putting out"), scored in context with
   * top's relation (marked inflected: it restores but is no evidence); null when no such form is
   * known to the model or was scored already.
   */
  private Scored reinflected(
      Scored top,
      String span,
      List<Scored> scored,
      String left,
      long[] leftTokens,
      long[] rightTokens,
      int spanStart,
      double base,
      double grammar,
      ContextScorer scorer) {
    Scored out = null;
    for (String f : morphology.reinflectLike(top.phrase(), span)) {
      String[] w = f.split(" ");
      if (scoredAlready(scored, f)
          || !morphology.inflectedAlike(f, span)
          || scorer.count(w, 0, w.length) == 0) {
        continue;
      }
      long[] tok = scorer.tokens(w);
      long[] win = window(leftTokens, tok, 0, tok.length, rightTokens);
      double lp = scorer.logProb(win, spanStart, win.length);
      double cGrammar = grammar > 0 && !articleClash(left, w[0]) ? grammar : 0;
      Relatedness.Relation rel = top.rel();
      double gain = lp - base + cGrammar + relationBonus(rel);
      if (out == null || gain > out.gain()) {
        out =
            new Scored(
                f,
                gain,
                rel.asInflected(),
                cGrammar > 0,
                top.seenLeft(),
                top.seenRight(),
                top.oneSided(),
                top.blind());
      }
    }
    return out;
  }

  private static boolean scoredAlready(List<Scored> scored, String phrase) {
    for (Scored c : scored) {
      if (c.phrase().equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many times as frequent as {@code span} {@code phrase} is in the model ({@link
   * Double#POSITIVE_INFINITY} for a span it never saw).
   */
  private static double frequency(ContextScorer scorer, String phrase, String[] span) {
    String[] w = phrase.split(" ");
    long s = scorer.count(span, 0, span.length);
    long c = scorer.count(w, 0, w.length);
    return s == 0 ? Double.POSITIVE_INFINITY : (double) c / s;
  }

  /**
   * Sorts the wordings {@code scored} by gain, highest first, those of equal gain in the order they
   * came (a stable sort): binary insertion over the gains in a primitive array, since a sort
   * through a comparator of the records, for each span with a wording that reaches a finding's
   * least gain, was about a tenth of a warm detector's time. Spans have some tens of scored
   * wordings.
   */
  private static void bestFirst(List<Scored> scored) {
    int n = scored.size();
    Scored[] byGain = new Scored[n];
    double[] gains = new double[n];
    for (int i = 0; i < n; i++) {
      Scored c = scored.get(i);
      int lo = 0;
      int hi = i;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (Double.compare(c.gain(), gains[mid]) > 0) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      System.arraycopy(byGain, lo, byGain, lo + 1, i - lo);
      System.arraycopy(gains, lo, gains, lo + 1, i - lo);
      byGain[lo] = c;
      gains[lo] = c.gain();
    }
    for (int i = 0; i < n; i++) {
      scored.set(i, byGain[i]);
    }
  }

  /** Whether any of the wordings {@code scored} gains at least {@code least}. */
  private static boolean reaches(List<Scored> scored, double least) {
    for (Scored c : scored) {
      if (c.gain() >= least) {
        return true;
      }
    }
    return false;
  }

  private static Scored firstUninflected(List<Scored> scored) {
    for (Scored c : scored) {
      if (!c.rel().inflected()) {
        return c;
      }
    }
    return null;
  }

  /**
   * How often two words would be seen in sequence if they were independent: {@code c(a) c(b) / N}
   * ({@link Double#POSITIVE_INFINITY} without a neighbour).
   */
  private double expected(ContextScorer scorer, String a, String b) {
    if (a == null || b == null) {
      return Double.POSITIVE_INFINITY;
    }
    return (double) scorer.count(a) * scorer.count(b) / tokens;
  }

  /**
   * Fill-in candidates first (null where unrelated), then the thesaurus and known candidates not
   * among them (one that is takes the place of an unrelated filler), then, when the span is unseen
   * beside a neighbour ({@code spanLeft}, {@code spanRight}: seen beside each), the one-sided
   * candidates ({@link #oneSided}).
   */
  private CandidateList withFillers(
      String span,
      int len,
      String left,
      String right,
      ContextScorer scorer,
      boolean spanLeft,
      boolean spanRight) {
    FillerCache.Fills fills = fillers.fillers(left, right, Math.min(len + 1, 2), scorer);
    CandidateList thesaurus = thesaurusCandidates(span, scorer);
    CandidateList.Builder candidates = new CandidateList.Builder(fills.phrases().length + 8);
    Map<String, Integer> at = new HashMap<>();
    // the fill each candidate so far came from
    int[] fillOf = new int[fills.phrases().length];
    int rank = 0;
    for (int k = 0; k < fills.phrases().length; k++) {
      String c = fills.phrases()[k];
      if (!c.equals(span) && !at.containsKey(c)) {
        fillOf[candidates.size()] = k;
        // shared contexts are asked only of the wordings that fit the blank best
        Relatedness.Relation rel =
            rank++ < CONTEXT_RANK
                ? relatedness.relateInContext(span, c)
                : relatedness.relateCached(span, c);
        at.put(c, candidates.size());
        if (rel.strength() > 0) {
          String[] words = fills.words()[k];
          candidates.add(new Relatedness.Related(c, words, rel), fills.tokens(k, scorer));
        } else {
          candidates.addNone();
        }
      }
    }
    // the thesaurus candidates follow the fillers, shared with every span of the word, less those
    // that are fillers
    candidates.addAll(thesaurus);
    if (scorer.stableTokens() && fills.tokens() != null) {
      fillersInThesaurus(fills, fillOf, at.size(), thesaurus, candidates);
    } else {
      for (int k = 0; k < thesaurus.size() && !at.isEmpty(); k++) {
        Integer filler = at.get(thesaurus.phrase(k));
        if (filler != null) {
          fillerInThesaurus(candidates, filler, thesaurus, k);
        }
      }
    }
    // a span seen beside both neighbours leaves no pair for a one-sided wording to mend
    if (len == 1 && !(spanLeft && spanRight)) {
      candidates.oneSidedFromHere();
      oneSided(span, left, right, fills, thesaurus, scorer, spanLeft, spanRight, candidates);
    }
    return candidates.build();
  }

  /**
   * {@link #fillerInThesaurus} for every thesaurus candidate that is one of the first {@code
   * distinct} candidates (fillers, candidate {@code i} being fill {@code fillOf[i]}), found by the
   * fill's first token (a phrase's first token is a function of its first word): a search per
   * filler, where asking each of a few hundred thesaurus candidates whether it is a filler cost
   * about 3 % of the detector's time.
   */
  private static void fillersInThesaurus(
      FillerCache.Fills fills,
      int[] fillOf,
      int distinct,
      CandidateList thesaurus,
      CandidateList.Builder candidates) {
    for (int i = 0; i < distinct; i++) {
      int k = fillOf[i];
      String phrase = fills.phrases()[k];
      long range = thesaurus.startingWith(fills.tokens()[k][0]);
      for (int j = (int) (range >>> 32); j < (int) range; j++) {
        int t = thesaurus.byFirst(j);
        if (phrase.equals(thesaurus.phrase(t))) {
          fillerInThesaurus(candidates, i, thesaurus, t);
        }
      }
    }
  }

  /**
   * Thesaurus candidate {@code k}, the same phrase as candidate {@code filler} (a filler), is left
   * out; it takes the filler's place where the filler is unrelated (an unrelated thesaurus
   * candidate leaves the filler unrelated).
   */
  private static void fillerInThesaurus(
      CandidateList.Builder candidates, int filler, CandidateList thesaurus, int k) {
    candidates.skip(k);
    if (candidates.isNone(filler)) {
      Relatedness.Related c = thesaurus.get(k);
      if (c != null) {
        candidates.set(filler, c, thesaurus.tokens(k), thesaurus.from(k), thesaurus.to(k));
      }
    }
  }

  /**
   * Adds the related words seen right after {@code left} or right before {@code right} (the
   * neighbours' most frequent followers and predecessors) that neither the blank nor the thesaurus
   * offered: an original seen beside one neighbour but never between both. They are scored like
   * every candidate, so a fit on one side alone is weaker evidence than a fit between both.
   */
  private void oneSided(
      String span,
      String left,
      String right,
      FillerCache.Fills fills,
      CandidateList thesaurus,
      ContextScorer scorer,
      boolean spanLeft,
      boolean spanRight,
      CandidateList.Builder candidates) {
    // offered already: the thesaurus's one-word candidates (thesaurus.offers) and these
    TokenSet offered = new TokenSet(1 + fills.words().length + 2 * ONE_SIDED);
    offered.add(scorer.token(span));
    for (int k = 0; k < fills.words().length; k++) {
      if (fills.words()[k].length == 1) {
        offered.add(fills.firstToken(k, scorer));
      }
    }
    // With one side unbroken, a wording must also be seen beside the other neighbour to mend
    // without breaking (the check the detector makes of every candidate); only those are related.
    boolean bothSides = spanLeft || spanRight;
    long leftToken = scorer.token(left);
    long rightToken = scorer.token(right);
    Relatedness.Screen screen = null;
    for (int side = 0; side < 2; side++) {
      long sideToken = side == 0 ? leftToken : rightToken;
      FillerCache.Fills near =
          side == 0
              ? fillers.neighbours(left, leftToken, true, ONE_SIDED, scorer)
              : fillers.neighbours(right, rightToken, false, ONE_SIDED, scorer);
      int n = near.phrases().length;
      long[] words = new long[n];
      int[] at = new int[n];
      int kept = 0;
      for (int k = 0; k < n; k++) {
        long token = near.firstToken(k, scorer);
        if (thesaurus.offers(token) || !offered.add(token) || partOf(span, near.phrases()[k])) {
          continue;
        }
        words[kept] = token;
        at[kept++] = k;
      }
      ScreenIndex index = null;
      boolean indexed = false;
      long meeting = 0;
      boolean[] other = new boolean[kept];
      if (bothSides) {
        // a left neighbour's follower is asked before the right neighbour, and the other way round
        scorer.seenBeside(side == 0 ? rightToken : leftToken, side != 0, words, kept, other);
      }
      for (int j = 0; j < kept; j++) {
        if (bothSides && !other[j]) {
          continue;
        }
        int k = at[j];
        // most of a neighbour's followers are unrelated to the span: told apart cheaply first
        if (screen == null) {
          screen = relatedness.screen(span);
        }
        if (!indexed) {
          // the neighbour's list screened at once (ScreenIndex)
          indexed = true;
          index = screenIndex(near, sideToken, side == 0, scorer);
          meeting = index != null ? index.meeting(screen.signature()) : 0;
        }
        if (index != null
            ? !screen.mayRelate(near.phrases()[k], (meeting >>> k & 1) != 0)
            : !screen.mayRelate(
                near.phrases()[k], signatures.get(near.phrases()[k], words[j], scorer))) {
          continue;
        }
        Relatedness.Relation rel = relatedness.relateCached(span, near.phrases()[k]);
        if (rel.strength() > 0) {
          candidates.add(
              new Relatedness.Related(near.phrases()[k], near.words()[k], rel),
              new long[] {words[j]});
        }
      }
    }
  }

  /**
   * The {@link ScreenIndex} of a neighbour's list {@code near} (of the word whose token is {@code
   * token}: followers when {@code after}), kept per detector by token; null where the scorer's
   * tokens are not the model's codes or the list is too long.
   */
  private ScreenIndex screenIndex(
      FillerCache.Fills near, long token, boolean after, ContextScorer scorer) {
    if (!scorer.stableTokens() || token < 0 || token >= INDEXED) {
      return null;
    }
    int key = (int) token << 1 | (after ? 0 : 1);
    ScreenIndex index = screenIndexes[key];
    if (index == null || !index.isOf(near)) {
      int n = near.phrases().length;
      if (n > ScreenIndex.MAX_ENTRIES) {
        return null;
      }
      Relatedness.Signature[] sigs = new Relatedness.Signature[n];
      for (int k = 0; k < n; k++) {
        sigs[k] = signatures.get(near.phrases()[k], near.firstToken(k, scorer), scorer);
      }
      index = ScreenIndex.of(near, sigs);
      screenIndexes[key] = index;
    }
    return index;
  }

  /**
   * Whether {@code w} is a part of the hyphenated compound {@code span} ("quarter" in
   * "third-quarter"), which is no synonym of it. (The first part of a closed compound, "work" in
   * "workweek", is never related to it: {@link Relatedness#compoundPart}.)
   */
  private static boolean partOf(String span, String w) {
    if (span.indexOf('-') < 0) {
      return false;
    }
    for (String part : span.split("-")) {
      if (part.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** The thesaurus and known candidates of a span, with their tokens. */
  private CandidateList thesaurusCandidates(String span, ContextScorer scorer) {
    return candidateTokens.get(span, relatedness, scorer);
  }

  /**
   * The words of {@code ctx} before and after span {@code [i, i + len)} within its sentence, at
   * most {@code order - 1} each side, with the sentence's start or end marker where the sentence
   * ends closer than that: {left, right}.
   */
  static String[][] around(Tokens t, String[] ctx, int n, int i, int len, int order) {
    int lf = i;
    while (lf > 0 && i - lf < order - 1 && !t.breakBefore[lf]) {
      lf--;
    }
    boolean sentenceStart = i - lf < order - 1 && t.breakBefore[lf];
    int rt = i + len;
    while (rt < n && rt - (i + len) < order - 1 && !t.breakBefore[rt]) {
      rt++;
    }
    boolean sentenceEnd = rt - (i + len) < order - 1 && (rt < n ? t.breakBefore[rt] : n == t.size);
    return new String[][] {
      context(ctx, lf, i, sentenceStart ? Tokenizer.SENTENCE_START : null, true),
      context(ctx, i + len, rt, sentenceEnd ? Tokenizer.SENTENCE_END : null, false)
    };
  }

  private static String[] context(String[] words, int from, int to, String marker, boolean before) {
    int n = to - from + (marker == null ? 0 : 1);
    String[] out = new String[n];
    int at = 0;
    if (marker != null && before) {
      out[at++] = marker;
    }
    for (int k = from; k < to; k++) {
      out[at++] = words[k];
    }
    if (marker != null && !before) {
      out[at] = marker;
    }
    return out;
  }

  private record Scored(
      String phrase,
      double gain,
      Relatedness.Relation rel,
      boolean grammar,
      boolean seenLeft,
      boolean seenRight,
      boolean oneSided,
      boolean blind) {

    /** Whether it stands only where the other wordings make no finding ({@link Finding#apart}). */
    boolean apart() {
      return rel.phraseForWord() || blind;
    }
  }

  private static String evidence(Scored s, String left, String first) {
    double ratio = Math.exp(s.gain());
    String times = ratio >= 1000 ? ">1000" : String.format(Locale.ROOT, "%.0f", ratio);
    String out = "'" + s.phrase() + "' is " + times + "\u00d7 likelier here; " + s.rel().why();
    if (s.oneSided()) {
      out += "; seen beside one neighbour only";
    }
    if (s.blind()) {
      out += "; neither it nor the phrase is seen beside either neighbour";
    }
    if (s.grammar()) {
      out += "; grammar: '" + left + " " + first + "'";
    }
    return out;
  }

  private static boolean supported(String[] span, String left, String right, ContextScorer scorer) {
    if (left == null && right == null) {
      return true;
    }
    int n = span.length + (left != null ? 1 : 0) + (right != null ? 1 : 0);
    String[] gram = new String[n];
    int at = 0;
    if (left != null) {
      gram[at++] = left;
    }
    for (String w : span) {
      gram[at++] = w;
    }
    if (right != null) {
      gram[at] = right;
    }
    if (n <= scorer.order()) {
      return scorer.count(gram, 0, n) > 0;
    }
    return scorer.count(gram, 0, scorer.order()) > 0
        && scorer.count(gram, n - scorer.order(), n) > 0;
  }

  /** "an" before a consonant or "a" before a vowel: a sign the next word was swapped. */
  private static boolean articleClash(String article, String next) {
    if (next.isEmpty()) {
      return false;
    }
    boolean vowel = "aeiou".indexOf(next.charAt(0)) >= 0;
    return article.equals("an") && !vowel || article.equals("a") && vowel && !next.startsWith("u");
  }

  /** {@code left + middle[from, to) + right}. */
  private static long[] window(long[] left, long[] middle, int from, int to, long[] right) {
    long[] w = new long[left.length + to - from + right.length];
    System.arraycopy(left, 0, w, 0, left.length);
    System.arraycopy(middle, from, w, left.length, to - from);
    System.arraycopy(right, 0, w, left.length + to - from, right.length);
    return w;
  }

  /** {@code left + middle + right}. */
  static String[] window(String[] left, String[] middle, String[] right) {
    String[] w = new String[left.length + middle.length + right.length];
    System.arraycopy(left, 0, w, 0, left.length);
    System.arraycopy(middle, 0, w, left.length, middle.length);
    System.arraycopy(right, 0, w, left.length + middle.length, right.length);
    return w;
  }

  /** Non-overlapping findings with the largest total gain (weighted interval scheduling). */
  private static List<Finding> choose(List<Finding> found, int n) {
    if (found.isEmpty()) {
      return List.of();
    }
    double[] best = new double[n + 1];
    Finding[] pick = new Finding[n + 1];
    List<List<Finding>> endingAt = new ArrayList<>(n + 1);
    for (int k = 0; k <= n; k++) {
      endingAt.add(null);
    }
    for (Finding f : found) {
      int end = f.first() + f.length();
      if (endingAt.get(end) == null) {
        endingAt.set(end, new ArrayList<>(2));
      }
      endingAt.get(end).add(f);
    }
    for (int k = 1; k <= n; k++) {
      best[k] = best[k - 1];
      List<Finding> fs = endingAt.get(k);
      if (fs != null) {
        for (Finding f : fs) {
          double v = best[f.first()] + f.gain();
          if (v > best[k]) {
            best[k] = v;
            pick[k] = f;
          }
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    int k = n;
    while (k > 0) {
      if (pick[k] != null && best[k] != best[k - 1]) {
        out.add(pick[k]);
        k = pick[k].first();
      } else {
        k--;
      }
    }
    Collections.reverse(out);
    return out;
  }

  /** The restored wording in the letter case of the span it replaces. */
  private static String caseLike(String phrase, Tokens t, int first) {
    byte shape = t.shape[first];
    if (shape == Tokens.LOWER || phrase.isEmpty()) {
      return phrase;
    }
    if (shape == Tokens.CAPITALIZED && !t.breakBefore[first]) {
      StringBuilder sb = new StringBuilder(phrase.length());
      boolean up = true;
      for (int k = 0; k < phrase.length(); k++) {
        char c = phrase.charAt(k);
        sb.append(up ? Character.toUpperCase(c) : c);
        up = c == ' ';
      }
      return sb.toString();
    }
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }
}
