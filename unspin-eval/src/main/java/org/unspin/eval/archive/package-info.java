/**
 * The archive evaluation: spun, partial and farm-wrapped copies of archived wire stories, stories
 * that are not in the archive, and unspin's source finder scored beside word 5-gram MinHash-LSH and
 * Lucene MoreLikeThis in the same run.
 */
package org.unspin.eval.archive;
