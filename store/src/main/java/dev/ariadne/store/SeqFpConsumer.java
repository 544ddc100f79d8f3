package dev.ariadne.store;

/** Receives the states of a store in discovery order, as (sequence number, fingerprint) pairs. */
@FunctionalInterface
public interface SeqFpConsumer {
    void accept(long seq, long fp);
}
