package org.unspin.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page or text from a file or stream: sniffs whether it is HTML, decodes it (byte-order
 * mark, then the page's meta charset, else UTF-8 with replacement characters) and rejects what is
 * not text with a one-line reason.
 */
public final class InputReader {

  /** Inputs longer than this are cut here; a page this size is already far beyond any story. */
  public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

  private static final int SNIFF = 8192;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(!doctype\\s+html|html|head|body|p|div|article|section|br|span|a\\s|meta|title|h[1-6]|ul|li|table|main)\\b",
          Pattern.CASE_INSENSITIVE);

  private final int maxBytes;

  /** A reader that cuts inputs at {@code maxBytes}. */
  public InputReader(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A reader with the default size limit. */
  public InputReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** Reads a file. */
  public Input read(Path file) throws UnreadableInputException {
    if (Files.isDirectory(file)) {
      throw new UnreadableInputException(file + ": is a directory, not a page");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UnreadableInputException(file + ": permission denied");
    } catch (IOException e) {
      throw new UnreadableInputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads a stream to its end (or to the size limit); {@code name} names it in messages. */
  public Input read(InputStream in, String name) throws UnreadableInputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(maxBytes);
    } catch (IOException e) {
      throw new UnreadableInputException(name + ": cannot read: " + e.getMessage(), e);
    }
    return decode(bytes, name);
  }

  /** Decodes bytes already in memory. */
  public Input decode(byte[] bytes, String name) throws UnreadableInputException {
    if (bytes.length == 0) {
      throw new UnreadableInputException(name + ": is empty");
    }
    int bomLength = 0;
    Charset charset = null;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      bomLength = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      bomLength = 2;
    }
    if (charset == null && looksBinary(bytes)) {
      throw new UnreadableInputException(name + ": looks binary, not an HTML page or text");
    }
    if (charset == null) {
      String head =
          new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
      charset = metaCharset(head);
    }
    if (charset == null) {
      charset = StandardCharsets.UTF_8;
    }
    String content = decode(bytes, bomLength, charset);
    if (content.isBlank()) {
      throw new UnreadableInputException(name + ": holds only white space");
    }
    String head = content.substring(0, Math.min(content.length(), 4 * SNIFF));
    Input.Kind kind = HTML_TAG.matcher(head).find() ? Input.Kind.HTML : Input.Kind.TEXT;
    return new Input(name, kind, bytes.length, content);
  }

  private static String decode(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      // cannot happen with REPLACE; fall back to the lenient String constructor
      return new String(bytes, offset, bytes.length - offset, charset);
    }
  }

  private static Charset metaCharset(String head) {
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    // browsers treat these labels as windows-1252 (WHATWG encoding standard)
    if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii")) {
      label = "windows-1252";
    }
    try {
      Charset cs = Charset.forName(label);
      // a UTF-16 label on a page that was itself read as ASCII is a lie (WHATWG: use UTF-8)
      return cs.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : cs;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** NUL bytes or many control characters in the first bytes mark binary data. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return control > n / 20;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
