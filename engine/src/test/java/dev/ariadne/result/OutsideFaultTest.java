package dev.ariadne.result;

import dev.ariadne.pool.DeathCause;
import dev.ariadne.pool.WorkerDied;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a run stopped by a fault of the machine says about it. */
class OutsideFaultTest {
    @Test
    void aStateWhoseWorkersDiedRunningItCountsTheirDeaths() {
        OutsideFault f = OutsideFault.of(new WorkerDied("w", DeathCause.KILLED, 3, 3, "worker process 9 was killed"), 0xabL);
        assertEquals("worker process killed 3 times expanding state 00000000000000ab", f.getMessage());
        assertEquals(3, f.deaths());
        OutsideFault once = OutsideFault.of(new WorkerDied("w", DeathCause.CRASHED, 1, 1, "r"), 0xabL);
        assertEquals("worker process crashed once expanding state 00000000000000ab", once.getMessage());
    }

    @Test
    void aStateNoWorkerBeganSaysWhyTheLastOneDied() {
        // Workers that die before they run anything (a JVM that cannot start) never charge the state itself.
        OutsideFault f = OutsideFault.of(new WorkerDied("w", DeathCause.CRASHED, 0, 9,
                "worker process 41 exited with status 1: Error: Could not create the Java Virtual Machine."), 0xabL);
        assertEquals("worker process crashed 9 times before expanding state 00000000000000ab (worker process 41"
                + " exited with status 1: Error: Could not create the Java Virtual Machine.)", f.getMessage());
        assertEquals(9, f.deaths());
    }

    @Test
    void workerJvmsThatCannotStartSayWhatTheJvmSaidAndWhereTheirFlagsComeFrom() {
        OutsideFault f = OutsideFault.of(new WorkerDied("w", DeathCause.CANNOT_START, 0, 1,
                "worker process 41 exited with status 1: Unrecognized VM option 'UseBogusFlag'"), 0xabL);
        assertEquals("worker processes cannot start: their JVM exits before it is ready (worker process 41 exited with"
                + " status 1: Unrecognized VM option 'UseBogusFlag'); a worker JVM takes the flags of ARIADNE_JAVA_OPTS,"
                + " then of ARIADNE_WORKER_JAVA_OPTS", f.getMessage());
        assertEquals(DeathCause.CANNOT_START, f.deathCause());
    }

    @Test
    void otherFailuresAreNotOutsideFaults() {
        assertNull(OutsideFault.of(new IllegalStateException("a bug"), 1));
    }
}
