/**
 * Extraction: a page (HTML or plain text) in, its story out — title, byline, date and paragraphs,
 * with the page's chrome left behind. {@link org.unspin.extract.PageExtractor} is the standard
 * {@link org.unspin.extract.Extractor}; its rules live in package-private classes as data.
 */
package org.unspin.extract;
