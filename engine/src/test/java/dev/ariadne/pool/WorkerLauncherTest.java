package dev.ariadne.pool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JVM flags a worker inherits from its coordinator. */
class WorkerLauncherTest {
    @Test
    void workerKeepsTheCoordinatorsFlagsWithoutAgentsOrRecordings() {
        List<String> flags = WorkerLauncher.jvmFlags(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-agentlib:jdwp=transport=dt_socket", "-XX:StartFlightRecording=filename=x.jfr", "-Xss8m",
                "-javaagent:cov.jar"), List.of());
        assertEquals(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xss8m", "-XX:+UseParallelGC",
                "-XX:MaxNewSize=64m"), flags);
    }

    @Test
    void workerGetsTheLaunchersCollectorUnlessOneWasChosen() {
        assertEquals(List.of("-Xss8m", "-XX:+UseParallelGC", "-XX:MaxNewSize=64m"),
                WorkerLauncher.jvmFlags(List.of("-Xss8m"), List.of()));
        // A heap sized by the user keeps its young generation as the JVM sizes it, as the launcher does.
        assertEquals(List.of("-Xmx1g", "-XX:+UseParallelGC"), WorkerLauncher.jvmFlags(List.of("-Xmx1g"), List.of()));
        assertEquals(List.of("-XX:+UseParallelGC"), WorkerLauncher.jvmFlags(List.of(), List.of("-Xmn64m")));
        assertEquals(List.of("-XX:+UseParallelGC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseParallelGC"), List.of()));
        assertEquals(List.of("-XX:+UseG1GC", "-Xmx2g"), WorkerLauncher.jvmFlags(List.of("-XX:+UseG1GC", "-Xmx2g"), List.of()));
    }

    @Test
    void theFlagsTheLauncherPickedAreNotTakenForTheUsersChoice() {
        String before = System.getProperty(WorkerLauncher.LAUNCHER_FLAGS);
        System.setProperty(WorkerLauncher.LAUNCHER_FLAGS, "-XX:+UseParallelGC,-XX:MaxNewSize=256m");
        try {
            assertEquals(List.of("-Xmx1g", "-XX:+UseParallelGC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseParallelGC",
                    "-XX:MaxNewSize=256m", "-D" + WorkerLauncher.LAUNCHER_FLAGS + "=-XX:+UseParallelGC,-XX:MaxNewSize=256m",
                    "-Xmx1g"), List.of()));
            assertEquals(List.of("-XX:+UseG1GC"), WorkerLauncher.jvmFlags(List.of("-XX:+UseG1GC"), List.of()));
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

    @Test
    void aCollectorAmongTheWorkersOwnFlagsIsTheirChoiceToo() {
        // Adding the default beside it would start a JVM with two collectors, which refuses to start.
        assertEquals(List.of("-Xmx1g"), WorkerLauncher.jvmFlags(List.of("-Xmx1g"), List.of("-XX:+UseParallelGC")));
    }

    @Test
    void aFlightRecordingAmongTheWorkersOwnFlagsBecomesTheirProperty() {
        assertEquals(List.of("-Dariadne.worker.recording=filename=/tmp/w2.jfr,settings=profile", "-Xmx1g"),
                WorkerLauncher.workerOnly("-XX:StartFlightRecording=filename=/tmp/w%w.jfr,settings=profile -Xmx1g", 2));
        assertEquals(List.of("-Dariadne.worker.recording=", "-Dariadne.worker.recording=duration=5s"),
                WorkerLauncher.workerOnly("-XX:StartFlightRecording -XX:StartFlightRecording:duration=5s", 0));
        assertArrayEquals(new String[] {"filename=a.jfr", "settings=profile", "dumponexit=true"},
                WorkerRecording.arguments("filename=a.jfr, settings=profile"));
        assertArrayEquals(new String[] {"dumponexit=false"}, WorkerRecording.arguments("dumponexit=false"));
    }

    /**
     * The launcher script and this class must agree on which flags choose a collector or size the
     * heap (they are in two languages and cannot share the pattern): read the script's two tests
     * and put the same flags to both.
     */
    @Test
    void theLauncherScriptAndTheWorkerLauncherAgreeOnWhichFlagsChooseACollectorOrSizeTheHeap() throws IOException {
        String script = Files.readString(Path.of("..", "ariadne"));
        Matcher m = Pattern.compile("if \\[\\[ \"\\$opt\" =~ (\\S+) \\]\\]; then\\s+gc=\\(\\)[\\s\\S]*?"
                + "elif \\[\\[ \"\\$opt\" =~ (\\S+) \\]\\]; then\\s+young=\\(\\)").matcher(script);
        assertTrue(m.find(), "the launcher's tests of ARIADNE_JAVA_OPTS are where this test looks for them");
        Pattern scriptGc = Pattern.compile(m.group(1));
        Pattern scriptHeap = Pattern.compile(m.group(2));
        for (String flag : List.of("-XX:+UseParallelGC", "-XX:-UseG1GC", "-XX:+UseZGC", "-XX:+UseShenandoahGC",
                "-XX:+UseSerialGC", "-XX:+UseGCOverheadLimit", "-XX:+UseCompressedOops", "-XX:+UseParallelGCx",
                "-Xmx1g", "-Xmn64m", "-Xms1g", "-Xss8m", "-XX:MaxNewSize=32m", "-XX:NewSize=16m", "-XX:NewRatio=3",
                "-XX:MaxHeapSize=2g", "-XX:InitialHeapSize=1g", "-XX:MaxNewSizeX", "-Dx=-Xmx1g", "-XX:TieredStopAtLevel=1")) {
            assertEquals(scriptGc.matcher(flag).find(), WorkerLauncher.GC_CHOICE.matcher(flag).matches(),
                    "collector: " + flag);
            assertEquals(scriptHeap.matcher(flag).find(), WorkerLauncher.HEAP_SIZE.matcher(flag).lookingAt(),
                    "heap: " + flag);
        }
    }

    @Test
    void aWorkerOfTheRunnableJarGetsTheFlagsTheLauncherWouldHaveGiven(@TempDir Path dir) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Add-Opens", "java.base/java.lang");
        m.getMainAttributes().putValue("Add-Exports", "java.base/sun.nio.ch");
        Path jar = dir.resolve("ariadne.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.putNextEntry(new JarEntry("x.txt"));
            out.closeEntry();
        }
        assertEquals(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Xss8m", "-Dchronicle.analytics.disable=true", "-Dchronicle.announcer.disable=true",
                "-Dariadne.chronicle.posix=off"), WorkerLauncher.manifestFlags(jar.toString()));
        assertEquals(List.of(), WorkerLauncher.manifestFlags(jar + File.pathSeparator + "other.jar"));
    }
}
