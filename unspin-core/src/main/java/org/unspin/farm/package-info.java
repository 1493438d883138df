/**
 * Farm artifacts: the wrapper a content farm puts around a copied story (ad shortcodes, "Source
 * link" footers, comment forms, tickers, related-post lists, share bars) and the wire credits the
 * copy still carries. Recognised by generic template rules only, never by site.
 */
package org.unspin.farm;
