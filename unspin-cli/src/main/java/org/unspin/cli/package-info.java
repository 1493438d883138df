/** The {@code unspin} command line: one thin class per subcommand; the work is in unspin-core. */
package org.unspin.cli;
