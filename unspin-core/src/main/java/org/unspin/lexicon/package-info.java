/** The lexicon: thesauri and n-gram language models the spin detector reasons with. */
package org.unspin.lexicon;
