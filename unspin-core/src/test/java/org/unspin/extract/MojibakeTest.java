package org.unspin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Repair of text whose UTF-8 bytes were read as Latin-1 or Windows-1252. */
class MojibakeTest {

  private static String misread(String text, Charset as) {
    return new String(text.getBytes(StandardCharsets.UTF_8), as);
  }

  @Test
  void decodesTextMisreadAsLatin1() {
    String text = "Don’t miss the café’s “crème brûlée” — it’s 5 € a slice.";
    assertThat(Mojibake.repair(misread(text, StandardCharsets.ISO_8859_1))).isEqualTo(text);
  }

  @Test
  void decodesTextMisreadAsWindows1252() {
    // Java's windows-1252 has no character for the byte 0x9D (the end of "”"): left out here.
    String text = "Don’t miss the café’s “crème brûlée“ — it’s 5 € a slice.";
    assertThat(Mojibake.repair(misread(text, Charset.forName("windows-1252")))).isEqualTo(text);
  }

  @Test
  void leavesHonestLatinTextAlone() {
    String text = "Ã la carte: Â© 2024, a lone mark in a Portuguese text about SÃO PAULO.";
    assertThat(Mojibake.repair(text)).isSameAs(text);
    String french = "Le café était fermé; l'été dernier, à Noël, déjà complet.";
    assertThat(Mojibake.repair(french)).isEqualTo(french);
  }

  @Property
  void undoesTheMisreadingOfAnyTextWithEnoughNonAsciiCharacters(@ForAll String text) {
    boolean wellFormed =
        text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    long nonAscii = text.codePoints().filter(c -> c >= 0x80).count();
    if (wellFormed && nonAscii >= Mojibake.MIN_RUNS) {
      assertThat(Mojibake.repair(misread(text, StandardCharsets.ISO_8859_1))).isEqualTo(text);
    }
  }

  @Property
  void leavesAsciiTextAlone(@ForAll String text) {
    String ascii = text.replaceAll("[^\\x00-\\x7F]", "");
    assertThat(Mojibake.repair(ascii)).isEqualTo(ascii);
  }
}
