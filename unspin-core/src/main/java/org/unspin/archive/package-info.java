/** Stage 4, the archive: indexes original stories and finds the source of a spun copy. */
package org.unspin.archive;
