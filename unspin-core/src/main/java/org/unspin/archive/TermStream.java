package org.unspin.archive;

import java.util.Collection;
import java.util.Iterator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Ready-made terms as a Lucene token stream, one token each: the fingerprint terms are computed
 * once, so the index takes them as they are instead of joining and re-tokenizing them.
 */
final class TermStream extends TokenStream {
  private final Collection<String> terms;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private Iterator<String> next;

  TermStream(Collection<String> terms) {
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() {
    if (next == null || !next.hasNext()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(next.next());
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = terms.iterator();
  }
}
