/**
 * Implementation details of the lexicon (primitive hash tables, n-gram key hashing). Not API: don't
 * depend on anything here from outside {@code org.unspin.lexicon}.
 */
package org.unspin.lexicon.internal;
