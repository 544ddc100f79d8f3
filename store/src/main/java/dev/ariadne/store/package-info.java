/** Persisted runs: Chronicle Map files, checkpoints and recovery. */
package dev.ariadne.store;
