package dev.ariadne.storage;

/**
 * A run's store holds data that contradicts itself: a snapshot that does not hash to
 * its fingerprint or cannot be decoded, a parent pointer to no state, an order entry
 * that names no stored state. Bad input, not a bug: the message names the damaged part
 * as the store calls it (its files).
 */
public final class DamagedStoreException extends RuntimeException {
    /** Which part of a store is damaged. */
    public enum Part { ORDER, SNAPSHOTS, GRAPH }

    private final Part part;

    public DamagedStoreException(StateReader store, Part part, String detail) {
        super(store.describe(part) + " damaged: " + detail);
        this.part = part;
    }

    public Part part() {
        return part;
    }
}
