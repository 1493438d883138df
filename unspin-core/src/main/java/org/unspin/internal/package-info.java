/** Internal helpers shared by the stages. Not API: don't depend on this package. */
package org.unspin.internal;
