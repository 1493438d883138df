/**
 * Stage 3, spin detection and restoration: flags spun phrases and names the wording they replaced.
 */
package org.unspin.detect;
