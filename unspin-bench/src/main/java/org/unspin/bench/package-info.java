/** JMH benchmarks of unspin's stages beside their peers. */
package org.unspin.bench;
