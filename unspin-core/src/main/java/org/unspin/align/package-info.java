/** Stage 5, alignment: word- and phrase-level alignment of a copy against its source. */
package org.unspin.align;
