package dev.ariadne.explore;

import dev.ariadne.collect.FingerprintSet;
import dev.ariadne.expand.Expander;
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

    private final Expander expander;
    private long generated;

    InitialStates(Expander expander) {
        this.expander = expander;
    }

    /** Initial states generated so far, duplicates included (also after the enumeration failed or stopped). */
    long generated() {
        return generated;
    }

    /** Runs the initialisation, adding each new initial state to {@code store}, {@code known} and {@code cache}. */
    void enumerate(FingerprintSet known, StateStore store, FrontierCache cache, LongConsumer tick) {
        Expander e = expander;
        e.machine().init(stepId -> {
            generated++;
            e.codec().encode(e.machine());
            long fp = e.codec().fingerprint();
            if (known.add(fp)) {
                store.add(store.size(), fp, StateRecord.NO_PARENT, StateRecord.INIT_STEP, 1, e.codec().buffer(), 0,
                        e.codec().length());
                cache.add(e.codec().buffer(), 0, e.codec().length());
            }
            if ((generated & 4095) == 0) {
                tick.accept(generated);
            }
        });
    }
}
