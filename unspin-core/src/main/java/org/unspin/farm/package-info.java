/** Stage 2, farm artifacts: ad shortcodes, source links, comment forms, tickers, wire credits. */
package org.unspin.farm;
