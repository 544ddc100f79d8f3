/** JMH micro-benchmarks and the end-to-end harness. */
package dev.ariadne.bench;
