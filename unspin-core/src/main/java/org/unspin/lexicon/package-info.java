<<<<<<< HEAD
/** The lexicon: thesauri and n-gram language models the spin detector reasons with. */
=======
/**
 * The lexicon: the shared {@link org.unspin.lexicon.Tokenizer}, n-gram language models (an
 * in-memory {@link org.unspin.lexicon.NgramCounts} to count any text collection, and the compact
 * bundled model) and thesauri, bundled by {@link org.unspin.lexicon.Lexicon}.
 */
>>>>>>> lexicon
package org.unspin.lexicon;
