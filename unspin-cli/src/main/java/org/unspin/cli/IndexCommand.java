package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.unspin.archive.ArchiveDocument;
import org.unspin.archive.ArchiveException;
import org.unspin.archive.ArchiveInputs;
import org.unspin.archive.ArchiveWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unspin index}: builds or extends an archive of original stories. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description =
        "Add stories to an archive: folders of .txt/.html files, JSON Lines, WARC(.gz), Reuters"
            + " SGML. Re-indexing a story with the same id replaces it.")
public final class IndexCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ArchiveOption archive;

  @Option(names = "--no-progress", description = "Do not show the progress bar.")
  boolean noProgress;

  @Option(
      names = "--no-compact",
      description = "Do not merge the index into one segment at the end (faster small updates).")
  boolean noCompact;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to index.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = archive.directory();
    List<Path[]> files = new ArrayList<>();
    long bytes = 0;
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw UnspinCliException.usage("no such file or folder: " + input);
      }
      try {
        for (Path f : ArchiveInputs.files(input)) {
          files.add(new Path[] {input, f});
          bytes += Files.size(f);
        }
      } catch (IOException e) {
        throw UnspinCliException.usage("cannot read " + input + ": " + e.getMessage(), e);
      }
    }
    ArchiveInputs reader = new ArchiveInputs();
    long before = System.nanoTime();
    // Ctrl-C or a plain kill: stop after the story at hand, commit, then let the JVM go
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.set(true);
              try {
                closed.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "unspin-index-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    long[] added = {0};
    try (ArchiveWriter writer = ArchiveWriter.open(dir, ArchiveWriter.Options.defaults());
        ProgressBar bar = bar(bytes)) {
      ArchiveInputs.Sink sink =
          new ArchiveInputs.Sink() {
            @Override
            public void document(ArchiveDocument doc) {
              if (stop.get()) {
                throw new ArchiveException(STOPPED);
              }
              writer.add(doc);
              added[0] = writer.added();
            }

            @Override
            public void skipped(String reason) {
              writer.skip(reason);
            }
          };
      for (Path[] f : files) {
        reader.read(f[0], f[1], sink);
        if (bar != null) {
          bar.stepBy(Files.size(f[1]));
          bar.setExtraMessage(writer.added() + " stories");
        }
      }
      if (noCompact) {
        writer.commit();
      } else {
        writer.compact();
      }
      double secs = (System.nanoTime() - before) / 1e9;
      out.printf(
          java.util.Locale.ROOT,
          "indexed %d stories from %d files into %s in %.1f s%n",
          writer.added(),
          files.size(),
          dir,
          secs);
      Map<String, Long> skipped = writer.skipped();
      skipped.forEach(
          (reason, n) -> out.printf(java.util.Locale.ROOT, "skipped %d: %s%n", n, reason));
      return Main.OK;
    } catch (ArchiveException e) {
      if (stop.get()) {
        // the writer was closed (and so committed) on the way out of the try
        out.printf(
            java.util.Locale.ROOT,
            "stopped: %d stories of this run committed to %s%n",
            added[0],
            dir);
        out.flush();
        return Main.STOPPED;
      }
      throw UnspinCliException.usage(e.getMessage(), e);
    } catch (IOException e) {
      throw UnspinCliException.usage("cannot read inputs: " + e.getMessage(), e);
    } finally {
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook is running and now returns
      }
    }
  }

  private static final String STOPPED = "indexing stopped";

  /** How long a stop request waits for the last commit before the JVM exits anyway. */
  private static final int STOP_WAIT_SECONDS = 60;

  private ProgressBar bar(long bytes) {
    if (noProgress) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("index")
        .setInitialMax(Math.max(1, bytes))
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" MB", 1 << 20)
        .setUpdateIntervalMillis(500)
        .continuousUpdate()
        .build();
  }
}
