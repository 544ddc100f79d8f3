package dev.ariadne.spark.search;

import dev.ariadne.space.StateSpace;

import java.io.Serializable;

/**
 * How an executor gets the state space it explores: a small description shipped with the
 * tasks (the model's text and constants), opened once per JVM.
 */
public interface SpaceSource extends Serializable {
    /** The space, built once per JVM and then shared by its tasks. */
    StateSpace open();
}
