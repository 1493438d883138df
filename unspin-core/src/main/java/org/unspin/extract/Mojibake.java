package org.unspin.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8, was read as Latin-1 or Windows-1252 and written out again as UTF-8
 * ("â€™" for "’", "Ã©" for "é", "Â " for a no-break space): each run of characters that spells a
 * UTF-8 sequence byte by byte becomes the character it encodes. A page is repaired only when it
 * holds several such runs, so that a lone "Â©" in honest Latin text stays. Linear in the text.
 */
final class Mojibake {

  /** Runs a page needs before it is taken for double-encoded. */
  static final int MIN_RUNS = 3;

  /** Windows-1252's characters for the bytes 0x80–0x9F (0 where the byte is unassigned). */
  private static final String CP1252_HIGH = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

  private Mojibake() {}

  /** The text with its double-encoded runs decoded, or the text itself when it has too few. */
  static String repair(String text) {
    int runs = 0;
    for (int i = 0; i < text.length() && runs < MIN_RUNS; i++) {
      int len = runAt(text, i);
      if (len > 0) {
        runs++;
        i += len - 1;
      }
    }
    if (runs < MIN_RUNS) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = 0;
    while (i < text.length()) {
      int len = runAt(text, i);
      String decoded = len > 0 ? decode(text, i, len, utf8) : null;
      if (decoded == null) {
        out.append(text.charAt(i));
        i++;
      } else {
        out.append(decoded);
        i += len;
      }
    }
    return out.toString();
  }

  /**
   * The length of the double-encoded run starting at {@code i}: a UTF-8 lead byte read as a
   * character, then the continuation bytes it calls for; 0 when there is none.
   */
  private static int runAt(String text, int i) {
    int lead = text.charAt(i);
    int continuations;
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuations = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuations = 2;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuations = 3;
    } else {
      return 0;
    }
    if (i + continuations >= text.length()) {
      return 0;
    }
    for (int k = 1; k <= continuations; k++) {
      int b = byteOf(text.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
    }
    return continuations + 1;
  }

  private static String decode(String text, int i, int len, CharsetDecoder utf8) {
    byte[] bytes = new byte[len];
    for (int k = 0; k < len; k++) {
      bytes[k] = (byte) byteOf(text.charAt(i + k));
    }
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The byte a character stood for when Latin-1 or Windows-1252 read it; -1 for none. */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    int at = CP1252_HIGH.indexOf(c);
    return at >= 0 ? 0x80 + at : -1;
  }
}
