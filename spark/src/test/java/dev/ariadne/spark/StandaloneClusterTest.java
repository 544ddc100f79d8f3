package dev.ariadne.spark;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks on a real standalone cluster started from the Maven jars (a Master and two
 * Workers, their executors launched by Spark itself), each by a driver JVM of its own:
 * a plain check, a check during which one executor is killed with {@code kill -9}, and a
 * check whose driver is killed and which {@code resume} finishes, and a check for which the
 * cluster has no room, which gives up after its wait. Every result is the golden one of
 * the model's {@code .expected} file; no process of the cluster is left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTest {
    @TempDir
    static Path tmp;
    private static LocalCluster cluster;
    /** Every driver JVM a test started: stopped at the end, whatever became of the test. */
    private static final List<Process> drivers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        cluster = new LocalCluster(tmp, 2);
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process d : drivers) {
            d.destroyForcibly();
            d.waitFor(30, TimeUnit.SECONDS);
            assertFalse(d.isAlive(), "a driver left running");
        }
        if (cluster == null) {
            return;
        }
        List<ProcessHandle> started = cluster.alive();
        cluster.story().forEach(System.out::println);
        cluster.close();
        for (ProcessHandle h : started) {
            h.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(h.isAlive(), "left running: " + h.info().commandLine().orElse("?"));
        }
    }

    /** A driver JVM running the command against the cluster; its standard error goes to a file. */
    private static Process driver(String name, String... args) throws IOException {
        return driverWith(name, "512m", args);
    }

    /** A driver asking for executors of {@code executorMemory}. */
    private static Process driverWith(String name, String executorMemory, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(LocalCluster.javaBin(), "-Xss8m"));
        cmd.addAll(LocalCluster.FLAGS);
        cmd.addAll(List.of("-Dariadne.spark.jars=" + cluster.appJar,
                "-Dspark.executor.userClassPathFirst=true", "-Dspark.executor.memory=" + executorMemory,
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-cp", System.getProperty("java.class.path"), "dev.ariadne.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(new File(".").getAbsoluteFile())
                .redirectOutput(tmp.resolve(name + ".out").toFile())
                .redirectError(tmp.resolve(name + ".err").toFile()).start();
        drivers.add(p);
        return p;
    }

    private static String json(String name) throws IOException {
        return Files.readString(tmp.resolve(name + ".json"));
    }

    private static String field(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\": \"?([^\",]*)\"?[,\\n]").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void awaitDepth(String name, int depth) throws Exception {
        Instant end = Instant.now().plus(Duration.ofMinutes(6));
        Path err = tmp.resolve(name + ".err");
        while (Instant.now().isBefore(end)) {
            Matcher m = Pattern.compile("depth (\\d+):").matcher(Files.exists(err) ? Files.readString(err) : "");
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) >= depth) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the run never reached depth " + depth + ": " + Files.readString(err));
    }

    private static int finish(Process p, String name) throws Exception {
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the driver did not finish");
        String err = Files.readString(tmp.resolve(name + ".err"));
        assertFalse(err.contains("Exception") || err.contains("\tat "), "a stack trace: " + err);
        return p.exitValue();
    }

    @Test
    @Order(1)
    void aCheckOnTheCluster() throws Exception {
        Process p = driver("plain", "check", "../examples/bounded_queue.ari", "--engine", "spark", "--master",
                cluster.master, "--store", tmp.resolve("plain").toString(), "--json", tmp.resolve("plain.json").toString(), "--progress", "0");
        assertEquals(0, finish(p, "plain"), Files.readString(tmp.resolve("plain.err")));
        String report = json("plain");
        assertEquals("86", field(report, "distinct_states"));
        assertEquals("13", field(report, "depth"));
        assertEquals("2", field(report, "workers"), "two executors of one core each");
        assertTrue(Files.readString(tmp.resolve("plain.out")).contains("No violation found."));
    }

    @Test
    @Order(2)
    void anExecutorKilledMidRun() throws Exception {
        Process p = driver("killed", "check", "../examples/two_phase_commit.ari", "--engine", "spark", "--master",
                cluster.master, "--store", tmp.resolve("killed").toString(), "--checkpoint-every", "4",
                "--json", tmp.resolve("killed.json").toString(), "--progress", "1");
        awaitDepth("killed", 3);
        List<ProcessHandle> executors = cluster.executors();
        assertFalse(executors.isEmpty(), "no executor JVM found");
        assertTrue(executors.get(0).destroyForcibly(), "kill -9 of an executor");
        System.out.println("killed executor " + executors.get(0).pid());
        assertEquals(0, finish(p, "killed"), Files.readString(tmp.resolve("killed.err")));
        String report = json("killed");
        assertEquals("288", field(report, "distinct_states"));
        assertEquals("11", field(report, "depth"));
    }

    @Test
    @Order(3)
    void aDriverKilledThenResumed() throws Exception {
        String store = tmp.resolve("resumed").toString();
        Process p = driver("dying", "check", "../examples/two_phase_commit.ari", "--engine", "spark", "--master",
                cluster.master, "--store", store, "--checkpoint-every", "2", "--progress", "1");
        awaitDepth("dying", 5);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        Process r = driver("resume", "resume", store, "--master", cluster.master, "--json",
                tmp.resolve("resume.json").toString(), "--progress", "0");
        assertEquals(0, finish(r, "resume"), Files.readString(tmp.resolve("resume.err")));
        assertTrue(Files.readString(tmp.resolve("resume.out")).startsWith("Resuming"));
        String report = json("resume");
        assertEquals("288", field(report, "distinct_states"));
        assertEquals("11", field(report, "depth"));
        assertEquals("ok", field(report, "status"));
    }

    @Test
    @Order(4)
    void aClusterWithoutRoomForTheRun() throws Exception {
        // executors of 4 GB, on workers that offer 1 GB each: the master accepts the run but can never start one
        Process p = driverWith("busy", "4g", "check", "../examples/peterson.ari", "--engine", "spark", "--master",
                cluster.master, "--store", tmp.resolve("busy").toString(), "--executor-wait", "5", "--progress", "0");
        assertEquals(2, finish(p, "busy"));
        List<String> err = Files.readAllLines(tmp.resolve("busy.err"));
        assertEquals(List.of("ariadne: no Spark executor started on '" + cluster.master + "' within 5 s: the master"
                + " does not answer, or the cluster has no free cores or memory for the run, or its workers cannot"
                + " reach this driver (wait longer with --executor-wait SECONDS)"), err);
    }
}
