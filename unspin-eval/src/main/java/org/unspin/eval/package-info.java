/** Evaluation harness: unspin and its peers scored on shared datasets in the same run. */
package org.unspin.eval;
