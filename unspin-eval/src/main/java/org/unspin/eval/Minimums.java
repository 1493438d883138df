package org.unspin.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Stored minimum scores, one properties file per evaluation under {@code
 * src/main/resources/org/unspin/eval/minimums/<name>.properties}. A key {@code dataset.sha256}
 * (optional) pins the dataset the minimums were measured on; every other key is a metric name whose
 * value is the minimum. A minimum is only ever raised, or lowered with the reason in the commit
 * message.
 */
public final class Minimums {
  private final String name;
  private final Map<String, String> values;

  private Minimums(String name, Map<String, String> values) {
    this.name = name;
    this.values = values;
  }

  /** Loads the minimums of evaluation {@code name}. */
  public static Minimums load(String name) {
    String resource = "minimums/" + name + ".properties";
    try (InputStream in = Minimums.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no stored minimums: " + resource);
      }
      Properties p = new Properties();
      p.load(in);
      Map<String, String> values = new TreeMap<>();
      p.forEach((k, v) -> values.put(k.toString(), v.toString().strip()));
      return new Minimums(name, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stored dataset checksum, or null when none is pinned. */
  public String datasetChecksum() {
    return values.get("dataset.sha256");
  }

  /**
   * The stored checksum of another dataset the minimums depend on ({@code dataset.<name>.sha256}),
   * or null when none is pinned.
   */
  public String datasetChecksum(String dataset) {
    return values.get("dataset." + dataset + ".sha256");
  }

  /**
   * The failures of {@code measured} against the minimums: one line per metric below its minimum or
   * missing; empty when all pass.
   */
  public List<String> failures(Map<String, Double> measured) {
    List<String> out = new ArrayList<>();
    values.forEach(
        (metric, min) -> {
          if (metric.startsWith("dataset.")) {
            return;
          }
          Double got = measured.get(metric);
          double minimum = Double.parseDouble(min);
          if (got == null) {
            out.add(name + ": metric " + metric + " was not measured");
          } else if (got < minimum) {
            out.add(
                String.format(
                    java.util.Locale.ROOT,
                    "%s: %s = %.4f is below the minimum %.4f",
                    name,
                    metric,
                    got,
                    minimum));
          }
        });
    return out;
  }
}
