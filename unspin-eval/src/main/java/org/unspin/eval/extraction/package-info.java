/**
 * The extraction evaluation: datasets, the shingle metric, peers (Readability4J, boilerpipe) and
 * the runner that scores them all in one run.
 */
package org.unspin.eval.extraction;
