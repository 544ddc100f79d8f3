package dev.ariadne.storage;

/**
 * A consistent cut of a breadth-first run: every state with a sequence number below
 * {@code expanded} has been expanded and all its successors recorded; {@code discovered}
 * states were recorded in all. Recovery drops whatever was added after it.
 *
 * @param expanded   states expanded (the frontier starts at this sequence number)
 * @param discovered states recorded (the store's size at the checkpoint)
 * @param generated  successor states generated so far, duplicates included
 * @param depth      the greatest depth reached so far
 * @param elapsedMillis exploration time accumulated so far, over every session of the run
 * @param state      the explorer's own serialised state (found violations, flags), opaque to the store
 */
public record Checkpoint(long expanded, long discovered, long generated, int depth,
                         long elapsedMillis, String state) {
}
