package dev.ariadne.junit;

import dev.ariadne.api.CheckReport;
import dev.ariadne.value.Repr;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Model checks run by {@link ModelCheckTest} through the JUnit engine, not by Surefire
 * directly (the name does not end in Test): one of them fails on purpose.
 */
class PetersonChecks {
    /** Counts from examples/peterson.ari and filter_lock.ari, verified with TLC (see their headers). */
    @ModelCheck("../examples/peterson.ari")
    void correctPetersonHolds(CheckReport report) {
        assertEquals(42, report.distinctStates());
        assertEquals(11, report.depth());
    }

    @ModelCheck(value = "../examples/peterson.ari", constants = "BROKEN=True", expect = Expect.INVARIANT_VIOLATED,
            name = "MutualExclusion", workers = 2)
    void brokenPetersonLetsBothIn(CheckReport report) {
        assertEquals(9, report.violation().states().size());
    }

    /** Fails: the broken variant violates MutualExclusion, and the failure shows the trace. */
    @ModelCheck(value = "../examples/peterson.ari", constants = "BROKEN=True")
    void brokenPetersonExpectedToHold() {
    }

    /** Fails: the correct one violates nothing. */
    @ModelCheck(value = "../examples/peterson.ari", expect = Expect.INVARIANT_VIOLATED, name = "MutualExclusion")
    void correctPetersonExpectedToFail() {
    }

    @ModelCheck(value = "../examples/filter_lock.ari", constants = {"N=2", "N=3"})
    void filterLockMatrix(CheckReport report) {
        long n = Long.parseLong(Repr.repr(report.constants().get("N")));
        assertEquals(Map.of(2L, 50L, 3L, 843L).get(n), report.distinctStates());
    }
}
