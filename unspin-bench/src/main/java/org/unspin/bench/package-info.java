/** JMH benchmarks. */
package org.unspin.bench;
