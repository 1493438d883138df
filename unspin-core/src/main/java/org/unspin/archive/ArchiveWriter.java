package org.unspin.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.unspin.align.Words;

/**
 * Adds stories to an archive. Re-adding a story with the same id replaces it; a second story with
 * an id already added in this run, an empty story or an oversized one is skipped and counted.
 * Changes are committed every {@link Options#commitEvery} stories, at least every {@value
 * #COMMIT_SECONDS} seconds, and on {@link #close}, so a killed run leaves every committed story
 * readable and loses at most the last few seconds of work. Only one writer may hold an archive at a
 * time: a second one fails with a clear {@link ArchiveException}.
 */
public final class ArchiveWriter implements AutoCloseable {

  private static final FieldType FINGERPRINT = fingerprintType();

  /**
   * How to write.
   *
   * @param commitEvery stories per commit
   * @param maxChars longest story text accepted, in characters
   * @param bodyTerms also index the plain words of each story (for peer baselines such as
   *     MoreLikeThis; costs space)
   */
  public record Options(int commitEvery, int maxChars, boolean bodyTerms) {
    public Options {
      if (commitEvery < 1) {
        throw new IllegalArgumentException("commitEvery must be >= 1: " + commitEvery);
      }
      if (maxChars < 1) {
        throw new IllegalArgumentException("maxChars must be >= 1: " + maxChars);
      }
    }

    /**
     * Commits every 25,000 stories (a few seconds of work: fewer, larger segments to merge),
     * accepts stories up to 2 million characters, no body terms.
     */
    public static Options defaults() {
      return new Options(25_000, 2_000_000, false);
    }
  }

  private final Path dir;
  private final Options options;
  private final IndexWriter writer;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Long> skipped = new TreeMap<>();
  private long added;
  private long sinceCommit;
  private long lastCommitNanos = System.nanoTime();

  /** The longest stretch of work a crash can lose: a commit follows at most this much later. */
  public static final int COMMIT_SECONDS = 10;

  /** The archive as it was when opened, to tell new ids from replacements; null when empty. */
  private final DirectoryReader before;

  private ArchiveWriter(Path dir, Options options, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.options = options;
    this.writer = writer;
    this.before =
        writer.getDocStats().maxDoc == 0 ? null : DirectoryReader.open(writer.getDirectory());
  }

  /** Opens (creating when new or empty) the archive at {@code dir} for writing. */
  public static ArchiveWriter open(Path dir, Options options) {
    try {
      ArchiveLayout.createOrCheck(dir);
      IndexWriterConfig config = new IndexWriterConfig(analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(128);
      config.setCommitOnClose(true);
      FSDirectory fs = FSDirectory.open(dir.resolve(ArchiveLayout.INDEX));
      try {
        return new ArchiveWriter(dir, options, new IndexWriter(fs, config));
      } catch (LockObtainFailedException e) {
        fs.close();
        throw new ArchiveException(
            "archive " + dir + " is being written by another process; try again when it ends", e);
      } catch (IOException | RuntimeException e) {
        fs.close();
        throw e;
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot open archive " + dir + " for writing: " + e, e);
    }
  }

  /** Adds (or replaces) one story; returns whether it was added rather than skipped. */
  public boolean add(ArchiveDocument doc) {
    String text = doc.text().strip();
    if (doc.id().isBlank()) {
      return skip("no id");
    }
    if (text.isEmpty()) {
      return skip("empty");
    }
    if (text.length() > options.maxChars()) {
      return skip("too large");
    }
    if (!seen.add(doc.id())) {
      return skip("duplicate id");
    }
    Document d = new Document();
    d.add(new StringField(ArchiveLayout.F_ID, doc.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ArchiveLayout.F_ID, new BytesRef(doc.id())));
    storeIfPresent(d, ArchiveLayout.F_URL, doc.url());
    storeIfPresent(d, ArchiveLayout.F_TITLE, doc.title());
    storeIfPresent(d, ArchiveLayout.F_DATE, doc.date());
    d.add(new StoredField(ArchiveLayout.F_TEXT, text));
    d.add(
        new Field(
            ArchiveLayout.F_FP, new TermStream(Fingerprints.terms(Words.of(text))), FINGERPRINT));
    if (options.bodyTerms()) {
      d.add(new TextField(ArchiveLayout.F_BODY, text, Field.Store.NO));
    }
    try {
      if (mayHold(doc.id())) {
        writer.updateDocument(new Term(ArchiveLayout.F_ID, doc.id()), d);
      } else {
        // New to the archive (and, by the seen set, to this run): no old version to replace.
        writer.addDocument(d);
      }
      added++;
      if (++sinceCommit >= options.commitEvery()
          || System.nanoTime() - lastCommitNanos > COMMIT_SECONDS * 1_000_000_000L) {
        commit();
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot write to archive " + dir + ": " + e, e);
    }
    return true;
  }

  /** Whether the archive held a story with this id when this writer opened it. */
  private boolean mayHold(String id) throws IOException {
    if (before == null) {
      return false;
    }
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : before.leaves()) {
      Terms terms = leaf.reader().terms(ArchiveLayout.F_ID);
      if (terms != null && terms.iterator().seekExact(term)) {
        return true;
      }
    }
    return false;
  }

  /** Counts a story the caller could not read (a corrupt record, say) among the skipped. */
  public boolean skip(String reason) {
    skipped.merge(reason, 1L, Long::sum);
    return false;
  }

  /** Makes everything added so far durable. */
  public void commit() {
    try {
      writer.commit();
      sinceCommit = 0;
      lastCommitNanos = System.nanoTime();
    } catch (IOException e) {
      throw new ArchiveException("cannot commit archive " + dir + ": " + e, e);
    }
  }

  /**
   * Commits, then merges the index into one segment, which makes searching faster; worth it after a
   * large run, costly to repeat after every small one.
   */
  public void compact() {
    commit();
    try {
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new ArchiveException("cannot compact archive " + dir + ": " + e, e);
    }
  }

  /** Stories added (or replaced) in this run. */
  public long added() {
    return added;
  }

  /** Stories skipped in this run, by reason. */
  public Map<String, Long> skipped() {
    return Map.copyOf(skipped);
  }

  @Override
  public void close() {
    try {
      if (before != null) {
        before.close();
      }
      writer.close();
      writer.getDirectory().close();
    } catch (IOException e) {
      throw new ArchiveException("cannot close archive " + dir + ": " + e, e);
    }
  }

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(), Map.of(ArchiveLayout.F_FP, new WhitespaceAnalyzer()));
  }

  private static void storeIfPresent(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StoredField(field, value));
    }
  }

  private static FieldType fingerprintType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.setOmitNorms(false);
    t.setStored(false);
    t.freeze();
    return t;
  }
}
