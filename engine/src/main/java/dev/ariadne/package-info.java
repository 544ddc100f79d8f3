/** Ariadne's engine: the model language, its VM, the state codec, the explorer and the worker pool. */
package dev.ariadne;
