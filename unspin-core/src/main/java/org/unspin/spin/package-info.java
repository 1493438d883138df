/** The built-in spinner: the farms' own trick, reimplemented to produce labelled test data. */
package org.unspin.spin;
