package dev.ariadne.pool;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JVM flags a worker inherits from its coordinator. */
class WorkerLauncherTest {
    @Test
    void workerKeepsTheCoordinatorsFlagsWithoutAgentsOrRecordings() {
        List<String> flags = WorkerLauncher.jvmFlags(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-agentlib:jdwp=transport=dt_socket", "-XX:StartFlightRecording=filename=x.jfr", "-Xss8m",
                "-javaagent:cov.jar"));
        assertEquals(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xss8m", "-XX:+UseSerialGC"), flags);
    }

    @Test
    void workerGetsTheSerialCollectorUnlessOneWasChosen() {
        assertEquals(List.of("-Xmx1g", "-XX:+UseSerialGC"), WorkerLauncher.jvmFlags(List.of("-Xmx1g")));
        assertEquals(List.of("-XX:+UseParallelGC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseParallelGC")));
        assertEquals(List.of("-XX:+UseG1GC", "-Xmx2g"), WorkerLauncher.jvmFlags(List.of("-XX:+UseG1GC", "-Xmx2g")));
    }

    @Test
    void theFlagsTheLauncherPickedAreNotTakenForTheUsersChoice() {
        String before = System.getProperty(WorkerLauncher.LAUNCHER_FLAGS);
        System.setProperty(WorkerLauncher.LAUNCHER_FLAGS, "-XX:+UseParallelGC,-XX:MaxNewSize=256m");
        try {
            assertEquals(List.of("-Xmx1g", "-XX:+UseSerialGC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseParallelGC",
                    "-XX:MaxNewSize=256m", "-D" + WorkerLauncher.LAUNCHER_FLAGS + "=-XX:+UseParallelGC,-XX:MaxNewSize=256m",
                    "-Xmx1g")));
            assertEquals(List.of("-XX:+UseG1GC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseG1GC")));
        } finally {
            if (before == null) {
                System.clearProperty(WorkerLauncher.LAUNCHER_FLAGS);
            } else {
                System.setProperty(WorkerLauncher.LAUNCHER_FLAGS, before);
            }
        }
    }

    @Test
    void workerOnlyFlagsAreSplitOnSpacesAndNumberedPerWorker() {
        assertEquals(List.of("-Dariadne.worker.jfr=/tmp/w3.jfr", "-XX:+CITime"),
                WorkerLauncher.workerOnly("  -Dariadne.worker.jfr=/tmp/w%w.jfr   -XX:+CITime ", 3));
        assertEquals(List.of(), WorkerLauncher.workerOnly(null, 0));
        assertEquals(List.of(), WorkerLauncher.workerOnly("  ", 0));
    }
}
