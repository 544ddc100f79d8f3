package dev.ariadne.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the user can get wrong with {@code --engine spark}: one clear line on standard error,
 * exit status 2, no stack trace, and no Spark log.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private Cli check(String... args) throws IOException {
        return Cli.run(tmp.resolve("report.json"), args);
    }

    private static void oneClearLine(Cli r, String expected) {
        assertEquals(2, r.exit(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("ariadne: ") && lines[0].contains(expected), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void anUnreachableMaster() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free once closed: nobody listens there
        }
        Cli r = check("check", "../examples/peterson.ari", "--engine", "spark", "--master",
                "spark://127.0.0.1:" + port, "--store", tmp.resolve("run").toString());
        oneClearLine(r, "cannot reach the Spark master 'spark://127.0.0.1:" + port + "'");
    }

    @Test
    void aMasterThatNeverAnswers() throws Exception {
        // it accepts connections and says nothing, as a master that is hung or is no Spark master at all
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> held = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread accepter = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            String master = "spark://127.0.0.1:" + silent.getLocalPort();
            // a JVM of its own: Spark's start, given up on, goes on in the background until Spark gives up too
            List<String> cmd = new ArrayList<>(List.of(LocalCluster.javaBin(), "-Xss8m"));
            cmd.addAll(LocalCluster.FLAGS);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.ariadne.cli.Main", "check",
                    "../examples/peterson.ari", "--engine", "spark", "--master", master, "--executor-wait", "3",
                    "--store", tmp.resolve("run").toString()));
            Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out").toFile())
                    .redirectError(tmp.resolve("err").toFile()).start();
            try {
                assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the check did not give up");
            } finally {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            Cli r = new Cli(p.exitValue(), Files.readString(tmp.resolve("out")), Files.readString(tmp.resolve("err")), "");
            oneClearLine(r, "no Spark executor started on '" + master + "' within 3 s: the master does not answer");
            for (Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void aRunDirectoryThatCannotBeWritten() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        Cli r = check("check", "../examples/peterson.ari", "--engine", "spark", "--master", "local[2]",
                "--store", file.resolve("run").toString());
        oneClearLine(r, "cannot use the run directory");
    }

    @Test
    void aRunDirectoryThatHoldsARun() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(dir.resolve("spark-run.properties"), "model=x\n");
        Cli r = check("check", "../examples/peterson.ari", "--engine", "spark", "--master", "local[2]",
                "--store", dir.toString());
        oneClearLine(r, "it holds a run: continue it with 'ariadne resume");
    }

    @Test
    void aModelThatDoesNotCompile() throws IOException {
        Path model = Files.writeString(tmp.resolve("broken.ari"), "var x = 1\ninit:\n    x = y\n");
        Cli r = check("check", model.toString(), "--engine", "spark", "--master", "local[2]",
                "--store", tmp.resolve("run").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("broken.ari:3:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("run")), "no run directory for a model that does not compile");
    }

    @Test
    void temporalPropertiesAreRefused() throws IOException {
        Cli r = check("check", "../examples/liveness/lock_wf.ari", "--engine", "spark", "--master", "local[2]",
                "--store", tmp.resolve("run").toString());
        oneClearLine(r, "--engine spark cannot check temporal properties");
    }

    @Test
    void sparkOptionsNeedTheSparkEngine() throws IOException {
        Cli r = check("check", "../examples/peterson.ari", "--master", "local[2]");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("--master needs --engine spark"), r.err());
    }

    @Test
    void anEngineThatDoesNotExist() throws IOException {
        Cli r = check("check", "../examples/peterson.ari", "--engine", "flink");
        oneClearLine(r, "--engine must be 'local' or 'spark', not 'flink'");
    }
}
