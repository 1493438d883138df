/** Stage 6, the report: the JSON contract and the terminal rendering of what unspin found. */
package org.unspin.report;
