package org.unspin.archive;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a limit in memory: a longer line is consumed and
 * reported as {@link #TOO_LONG}.
 */
final class BoundedLines {

  /** Returned (by identity) for a line over the limit. */
  static final String TOO_LONG = new String("\u0000too long");

  private final Reader reader;
  private final int limit;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;

  BoundedLines(Reader reader, int limit) {
    this.reader = reader;
    this.limit = limit;
  }

  /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
  String next() throws IOException {
    StringBuilder sb = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = reader.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return any ? (tooLong ? TOO_LONG : sb.toString()) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        if (sb.length() + (pos - start) > limit) {
          tooLong = true;
          sb = new StringBuilder();
        } else {
          sb.append(buf, start, pos - start);
        }
      }
      if (pos < len) {
        pos++;
        if (tooLong) {
          return TOO_LONG;
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
          sb.setLength(n - 1);
        }
        return sb.toString();
      }
    }
  }
}
