package org.unspin.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.unspin.lexicon.CompactModel;
import org.unspin.lexicon.LanguageModel;
import org.unspin.lexicon.NgramCounts;

/**
 * An archive opened for reading: the committed stories as of opening, and the learned spin
 * dictionary. Thread-safe; close it when done.
 */
public final class Archive implements AutoCloseable {

  /** The index field holding each story's id (for tools reading the index directly). */
  public static final String ID_FIELD = ArchiveLayout.F_ID;

  /**
   * The index field holding each story's plain words, present when the archive was written with
   * {@link ArchiveWriter.Options#bodyTerms}.
   */
  public static final String BODY_FIELD = ArchiveLayout.F_BODY;

  private final Path dir;
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SpinDictionary spins;

  private Archive(Path dir, FSDirectory directory, DirectoryReader reader, SpinDictionary spins) {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setQueryCache(null);
    this.spins = spins;
  }

  /** Opens the archive at {@code dir}; throws {@link ArchiveException} when it is not one. */
  public static Archive open(Path dir) {
    ArchiveLayout.requireArchive(dir);
    FSDirectory fs = null;
    try {
      fs = FSDirectory.open(dir.resolve(ArchiveLayout.INDEX));
      DirectoryReader reader = DirectoryReader.open(fs);
      return new Archive(dir, fs, reader, SpinDictionary.load(dir.resolve(ArchiveLayout.SPINS)));
    } catch (IndexNotFoundException e) {
      closeQuietly(fs);
      throw new ArchiveException("archive " + dir + " has no committed stories yet", e);
    } catch (IOException e) {
      closeQuietly(fs);
      throw new ArchiveException("cannot read archive " + dir + ": " + e, e);
    }
  }

  /** Whether {@code dir} holds an unspin archive. */
  public static boolean isArchive(Path dir) {
    return dir != null && Files.isDirectory(dir) && ArchiveLayout.isArchive(dir);
  }

  /**
   * The per-user default archive: {@code $XDG_DATA_HOME/unspin/archive}, else {@code
   * ~/.local/share/unspin/archive}; it may not exist.
   */
  public static Path defaultLocation() {
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("unspin").resolve("archive");
  }

  /**
   * The Lucene index inside the archive at {@code dir}, for tools that read it directly (peer
   * baselines such as MoreLikeThis); its fields are not a stable interface.
   */
  public static Path indexDirectory(Path dir) {
    return dir.resolve(ArchiveLayout.INDEX);
  }

  /** The archive's directory. */
  public Path directory() {
    return dir;
  }

  /** How many stories it holds. */
  public long documents() {
    return reader.numDocs();
  }

  /** The learned spin dictionary. */
  public SpinDictionary spins() {
    return spins;
  }

  /** Calls {@code consumer} with the text of every story (to feed n-gram counts, say). */
  public void forEachText(Consumer<String> consumer) {
    try {
      for (LeafReaderContext ctx : reader.leaves()) {
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        StoredFields stored = leaf.storedFields();
        for (int i = 0; i < leaf.maxDoc(); i++) {
          if (live == null || live.get(i)) {
            String text = stored.document(i).get(ArchiveLayout.F_TEXT);
            if (text != null) {
              consumer.accept(text);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new ArchiveException("cannot read archive " + dir + ": " + e, e);
    }
  }

  /**
   * N-gram counts of every story in the archive, up to {@code order}: the archive as a language
   * model of its own domain, to add to the lexicon's ({@code
   * lexicon.withCounts(archive.counts(3))}). Built in memory on each call; build it once and share
   * it.
   */
  public NgramCounts counts(int order) {
    NgramCounts counts = new NgramCounts(order);
    forEachText(counts::add);
    return counts;
  }

  /** The order of the archive's n-gram model (as the spin detector's context model). */
  public static final int DOMAIN_ORDER = 4;

  /**
   * The archive as a language model of its own domain: n-gram counts of every story up to {@link
   * #DOMAIN_ORDER}, to layer over the lexicon's base model. Built once per archive version and
   * cached beside the index as a compact model (rebuilt when the archive changes); a cache that
   * cannot be written only costs the rebuild next time.
   */
  public LanguageModel domainModel() {
    String stamp = reader.getVersion() + "-" + reader.numDocs();
    Path cache = dir.resolve("ngrams-v2-" + stamp + ".bin");
    if (Files.isRegularFile(cache)) {
      try {
        return CompactModel.load(cache);
      } catch (RuntimeException e) {
        // a damaged cache is rebuilt below
      }
    }
    NgramCounts counts = counts(DOMAIN_ORDER);
    try {
      Path tmp = Files.createTempFile(dir, "ngrams-", ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        // keep every word and pair; longer n-grams seen once are mostly noise; each word's 64 most
        // frequent followers and predecessors, as in the bundled model
        CompactModel.write(counts, new int[] {1, 1, 2, 2}, 64, 1, out);
      }
      Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "ngrams-*.bin")) {
        for (Path p : old) {
          if (!p.equals(cache)) {
            Files.deleteIfExists(p);
          }
        }
      }
      return CompactModel.load(cache);
    } catch (IOException | RuntimeException e) {
      return counts;
    }
  }

  /** The stored story with Lucene doc number {@code doc}. */
  ArchiveDocument document(int doc) throws IOException {
    Document d = searcher.storedFields().document(doc);
    return new ArchiveDocument(
        d.get(ArchiveLayout.F_ID),
        d.get(ArchiveLayout.F_URL),
        d.get(ArchiveLayout.F_TITLE),
        d.get(ArchiveLayout.F_TEXT),
        d.get(ArchiveLayout.F_DATE));
  }

  /** The id of the story with Lucene doc number {@code doc}, read from doc values when present. */
  String id(int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues dv = ctx.reader().getSortedDocValues(ArchiveLayout.F_ID);
    if (dv != null && dv.advanceExact(doc - ctx.docBase)) {
      return dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
    return document(doc).id();
  }

  IndexSearcher searcher() {
    return searcher;
  }

  DirectoryReader reader() {
    return reader;
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new ArchiveException("cannot close archive " + dir + ": " + e, e);
    }
  }

  private static void closeQuietly(FSDirectory fs) {
    if (fs != null) {
      try {
        fs.close();
      } catch (IOException ignored) {
        // already failing with the more useful error
      }
    }
  }
}
