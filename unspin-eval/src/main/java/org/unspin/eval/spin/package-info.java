/**
 * The spin-detection evaluation: Reuters-21578 stories spun with a dictionary the detector does not
 * use, scored word by word, phrase by phrase and document by document, with a thesaurus-inversion
 * baseline beside unspin's detector in the same run.
 */
package org.unspin.eval.spin;
