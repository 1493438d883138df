/**
 * Stage 4, the archive: an embedded Lucene index of original stories, spin-robust source retrieval
 * (fingerprint candidates, then verification by alignment) and the spin dictionary learned from
 * aligned copies.
 */
package org.unspin.archive;
