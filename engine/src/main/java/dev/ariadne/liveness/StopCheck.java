package dev.ariadne.liveness;

import java.util.function.BooleanSupplier;

/** Asked often inside a long search; every few thousand calls it asks whether the run is to stop, and stops it. */
final class StopCheck {
    /** Thrown out of a search that was asked to stop. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("the liveness check was asked to stop", null, false, false);
        }
    }

    private final BooleanSupplier stop;
    private int calls;

    StopCheck(BooleanSupplier stop) {
        this.stop = stop;
    }

    void check() {
        if ((++calls & 4095) == 0 && stop.getAsBoolean()) {
            throw new Stopped();
        }
    }
}
