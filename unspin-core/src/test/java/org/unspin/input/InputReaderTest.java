package org.unspin.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputReaderTest {
  private final InputReader reader = new InputReader();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "<!DOCTYPE html><html><body><p>Hi there</p></body></html>|HTML",
        "<p>Just a paragraph of markup.</p>|HTML",
        "  <div class=x>text</div>|HTML",
        "Plain words on a line.|TEXT",
        "3 < 4 and 5 > 2 are both true.|TEXT",
      })
  void sniffsHtmlFromTheContentNotTheName(String content, Input.Kind kind) throws Exception {
    Input in = reader.decode(content.getBytes(StandardCharsets.UTF_8), "page.txt");
    assertThat(in.kind()).isEqualTo(kind);
  }

  @Test
  void utf8ByteOrderMarkIsDroppedAndDecoded() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "naïve café".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(body, 0, all, 3, body.length);
    assertThat(reader.decode(all, "x").content()).isEqualTo("naïve café");
  }

  @Test
  void utf16WithByteOrderMarkIsDecoded() throws Exception {
    byte[] all = "\uFEFFHello world".getBytes(StandardCharsets.UTF_16LE);
    assertThat(reader.decode(all, "x").content()).isEqualTo("Hello world");
  }

  @Test
  void metaCharsetDecidesTheEncoding() throws Exception {
    String page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
            + "</head><body><p>Größe</p></body></html>";
    Input in = reader.decode(page.getBytes(Charset.forName("windows-1252")), "x");
    assertThat(in.content()).contains("Größe");
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() throws Exception {
    byte[] bytes = {'a', 'b', (byte) 0xC3, ' ', 'c'};
    assertThat(reader.decode(bytes, "x").content()).isEqualTo("ab\uFFFD c");
  }

  @Test
  void bytesCountsTheRawInput() throws Exception {
    byte[] bytes = "héllo".getBytes(StandardCharsets.UTF_8);
    assertThat(reader.decode(bytes, "x").bytes()).isEqualTo(6);
  }

  @Test
  void emptyAndBlankInputsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> reader.decode(new byte[0], "a.html"))
        .isInstanceOf(UnreadableInputException.class)
        .hasMessage("a.html: is empty");
    assertThatThrownBy(() -> reader.decode(" \n\t ".getBytes(StandardCharsets.UTF_8), "b.txt"))
        .hasMessage("b.txt: holds only white space");
  }

  @Test
  void binaryIsRejected() {
    byte[] bytes = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0};
    assertThatThrownBy(() -> reader.decode(bytes, "z.zip")).hasMessageContaining("binary");
  }

  @Test
  void longInputsAreCutAtTheLimit() throws Exception {
    InputReader small = new InputReader(10);
    Input in = small.read(new ByteArrayInputStream("0123456789abcdef".getBytes()), "s");
    assertThat(in.content()).isEqualTo("0123456789");
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> new InputReader(0)).hasMessageContaining("0");
  }

  @Property(tries = 300)
  void anyBytesGiveAnInputOrAOneLineReason(@ForAll byte[] bytes) {
    try {
      Input in = reader.decode(bytes, "random");
      assertThat(in.content()).isNotBlank();
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).startsWith("random: ").doesNotContain("\n");
    }
  }
}
