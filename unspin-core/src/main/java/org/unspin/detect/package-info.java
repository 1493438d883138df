/**
 * Spin detection and restoration. {@link org.unspin.detect.LanguageSpinDetector} flags phrases the
 * language model finds improbable in context when a fill-in-the-blank search finds a much likelier
 * wording related in meaning, and restores that wording; {@link org.unspin.detect.StandardDetector}
 * is the shared instance over the standard lexicon.
 */
package org.unspin.detect;
