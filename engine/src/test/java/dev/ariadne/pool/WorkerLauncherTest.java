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
    void theCollectorTheLauncherPickedIsNotTakenForTheUsersChoice() {
        String before = System.getProperty(WorkerLauncher.LAUNCHER_GC);
        System.setProperty(WorkerLauncher.LAUNCHER_GC, "-XX:+UseParallelGC");
        try {
            assertEquals(List.of("-Xmx1g", "-XX:+UseSerialGC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseParallelGC",
                    "-D" + WorkerLauncher.LAUNCHER_GC + "=-XX:+UseParallelGC", "-Xmx1g")));
            assertEquals(List.of("-XX:+UseG1GC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseG1GC")));
        } finally {
            if (before == null) {
                System.clearProperty(WorkerLauncher.LAUNCHER_GC);
            } else {
                System.setProperty(WorkerLauncher.LAUNCHER_GC, before);
            }
        }
    }
}
