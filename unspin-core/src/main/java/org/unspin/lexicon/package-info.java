/**
 * The lexicon: the shared {@link org.unspin.lexicon.Tokenizer}, n-gram language models (an
 * in-memory {@link org.unspin.lexicon.NgramCounts} to count any text collection, and the compact
 * bundled model) and thesauri, bundled by {@link org.unspin.lexicon.Lexicon}.
 */
package org.unspin.lexicon;
