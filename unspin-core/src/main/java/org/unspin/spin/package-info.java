/**
 * The built-in article spinner: the content farms' own trick, reimplemented as unspin's adversary
 * to make labelled test data. {@link org.unspin.spin.Spinner} swaps words and phrases for thesaurus
 * look-alikes at a target rate, reproducibly from a seed, and reports the exact substitutions;
 * {@link org.unspin.spin.FarmPage} wraps the result in a farm-like page.
 */
package org.unspin.spin;
