/** Stage 1, extraction: the story's title and paragraphs without the page's chrome. */
package org.unspin.extract;
