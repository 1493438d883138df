<<<<<<< HEAD
/** Stage 1, extraction: the story's title and paragraphs without the page's chrome. */
=======
/**
 * Extraction: a page (HTML or plain text) in, its story out — title, byline, date and paragraphs,
 * with the page's chrome left behind. {@link org.unspin.extract.PageExtractor} is the standard
 * {@link org.unspin.extract.Extractor}; its rules live in package-private classes as data.
 */
>>>>>>> extract
package org.unspin.extract;
