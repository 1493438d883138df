/**
 * Stage 5, alignment: a copy aligned against its source word by word, grouped into phrase-level
 * substitutions with character offsets into both texts.
 */
package org.unspin.align;
