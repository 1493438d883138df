/**
 * Stage 0, input: reads pages and texts from files and streams, sniffs HTML and decodes charsets.
 */
package org.unspin.input;
