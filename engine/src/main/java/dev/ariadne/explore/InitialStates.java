package dev.ariadne.explore;

import dev.ariadne.collect.FingerprintSet;
import dev.ariadne.space.Cursor;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.StateStore;
import java.util.function.LongConsumer;

/**
 * The enumeration of a run's initial states into its store, in the initialisation's
 * canonical order, skipping the states already known (those a stopped enumeration stored
 * before). Every few thousand branches it calls a tick, which may stop it by throwing
 * {@link Stopped}.
 */
final class InitialStates {
    /** Thrown by a tick to unwind the initialisation's branches when the run is to stop. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final Cursor cursor;
    private long generated;

    InitialStates(Cursor cursor) {
        this.cursor = cursor;
    }

    /** Initial states generated so far, duplicates included (also after the enumeration failed or stopped). */
    long generated() {
        return generated;
    }

    /** Runs the initialisation, adding each new initial state to {@code store}, {@code known} and {@code cache}. */
    void enumerate(FingerprintSet known, StateStore store, FrontierCache cache, LongConsumer tick) {
        cursor.initialStates((step, fp, bytes, off, len) -> {
            generated++;
            if (known.add(fp)) {
                store.add(store.size(), fp, StateRecord.NO_PARENT, StateRecord.INIT_STEP, 1, bytes, off, len);
                cache.add(bytes, off, len);
            }
            if ((generated & 4095) == 0) {
                tick.accept(generated);
            }
        });
    }
}
