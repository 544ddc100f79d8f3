package dev.ariadne.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which command lines start worker JVMs before picocli reads them, and how many. */
class EarlyStartTest {
    private static int jvms(String... args) {
        return EarlyStart.workerJvms(args.length > 0 ? args[0] : "", args, 2);
    }

    @Test
    void aCheckInWorkerProcessesStartsAsManyJvmsAsItsSessionWillAskFor() {
        assertEquals(1, jvms("check", "m.ari", "--isolation", "process"), "2 cores: 2 workers in one JVM");
        assertEquals(1, jvms("check", "--isolation=process", "m.ari"));
        assertEquals(2, jvms("check", "m.ari", "--isolation", "process", "--workers", "8"), "4 workers a JVM");
        assertEquals(3, jvms("check", "m.ari", "--workers=3", "--worker-jvms=3", "--isolation", "process"));
        assertEquals(1, jvms("check", "m.ari", "--isolation", "process", "--engine", "local"));
    }

    @Test
    void aResumeInWorkerProcessesStartsThemTooItsSessionBeingChosenByItsOwnOptions() {
        assertEquals(1, jvms("resume", "run", "--isolation", "process"));
        assertEquals(2, jvms("resume", "run", "--isolation=process", "--workers", "4", "--worker-jvms", "2"));
        assertEquals(0, jvms("resume", "run"), "a resume's isolation is its own option: threads by default");
        assertEquals(0, jvms("resume", "run", "--isolation", "process", "--engine", "spark"));
    }

    @Test
    void otherCommandsAndThreadsStartNone() {
        assertEquals(0, jvms("check", "m.ari"));
        assertEquals(0, jvms("check", "m.ari", "--isolation", "thread"));
        assertEquals(0, jvms("simulate", "m.ari", "--isolation", "process"));
        assertEquals(0, jvms("check", "m.ari", "--isolation", "process", "--engine", "spark"), "Spark runs no worker JVM");
        assertEquals(0, jvms());
    }

    @Test
    void whatPicocliWouldRefuseStartsNone() {
        assertEquals(0, jvms("check", "m.ari", "--isolation", "process", "--workers", "many"));
        assertEquals(0, jvms("check", "m.ari", "--isolation", "process", "--workers", "0"));
        assertEquals(0, jvms("check", "m.ari", "--isolation", "process", "--workers", "2", "--worker-jvms", "3"));
        assertEquals(0, jvms("check", "m.ari", "--isolation", "process", "--workers"), "a value missing");
        assertEquals(0, jvms("check", "--", "--isolation", "process"), "after --, options are operands");
    }
}
