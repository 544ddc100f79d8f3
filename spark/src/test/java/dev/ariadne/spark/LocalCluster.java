package dev.ariadne.spark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on this machine, from the Maven jars alone: a directory
 * laid out as a Spark distribution (its {@code jars/} links to the test class path's jars),
 * Spark's own {@code Master} and two {@code Worker} JVMs, and the application jar the
 * executors load the engine from. {@link #close} stops every process it started.
 */
final class LocalCluster implements AutoCloseable {
    static final List<String> FLAGS = List.of("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED");

    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    final String master;
    final Path appJar;
    final Path logs;

    LocalCluster(Path dir, int workers) throws IOException, InterruptedException {
        home = Files.createDirectories(dir.resolve("spark-home"));
        logs = Files.createDirectories(dir.resolve("logs"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            // A Spark distribution: its own jars (Kryo 4 among them), not the engine's Kryo 5, which the
            // application jar brings.
            if (name.endsWith(".jar") && !name.startsWith("kryo-5") && Files.isRegularFile(p)
                    && !Files.exists(jars.resolve(name))) {
                Files.createSymbolicLink(jars.resolve(name), p.toAbsolutePath());
            }
        }
        appJar = appJar(dir.resolve("ariadne-app.jar"));
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        processes.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        awaitLine(logs.resolve("master.log"), "I have been elected leader", Duration.ofSeconds(120));
        for (int i = 1; i <= workers; i++) {
            processes.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
                    "--work-dir", Files.createDirectories(dir.resolve("work-" + i)).toString(), master));
        }
        for (int i = 1; i <= workers; i++) {
            awaitLine(logs.resolve("worker-" + i + ".log"), "Successfully registered with master",
                    Duration.ofSeconds(120));
        }
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m"));
        cmd.addAll(FLAGS);
        cmd.addAll(List.of("-Dariadne.spark.log=INFO", "-Dlog4j2.configurationFile="
                + LocalCluster.class.getClassLoader().getResource("ariadne-spark-log4j2.properties"),
                "-cp", home.resolve("jars") + File.separator + "*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The engine for the executors: the modules' classes and Kryo 5, loaded before Spark's own jars. */
    private static Path appJar(Path target) throws IOException {
        List<Path> parts = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            boolean classes = Files.isDirectory(p) && name.equals("classes");
            if (classes || name.startsWith("kryo-5") || name.startsWith("reflectasm") || name.startsWith("minlog")
                    || name.startsWith("objenesis")) {
                parts.add(p);
            }
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target))) {
            List<String> seen = new ArrayList<>();
            for (Path p : parts) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            String name = p.relativize(f).toString().replace(File.separatorChar, '/');
                            add(out, seen, name, Files.readAllBytes(f));
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(p.toFile())) {
                        for (JarEntry e : java.util.Collections.list(jar.entries())) {
                            if (!e.isDirectory() && !e.getName().startsWith("META-INF/")) {
                                add(out, seen, e.getName(), jar.getInputStream(e).readAllBytes());
                            }
                        }
                    }
                }
            }
        }
        return target;
    }

    private static void add(JarOutputStream out, List<String> seen, String name, byte[] bytes) throws IOException {
        if (seen.contains(name)) {
            return;
        }
        seen.add(name);
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void awaitLine(Path log, String text, Duration limit) throws IOException, InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no '" + text + "' in " + log + " within " + limit + ":\n"
                + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    /** The executor JVMs the workers launched, alive now. */
    List<ProcessHandle> executors() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Process p : processes) {
            p.descendants().filter(h -> h.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
                    .forEach(out::add);
        }
        return out;
    }

    /** Every process this cluster started, with their children, alive now. */
    List<ProcessHandle> alive() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Process p : processes) {
            if (p.isAlive()) {
                out.add(p.toHandle());
            }
            p.descendants().filter(ProcessHandle::isAlive).forEach(out::add);
        }
        return out;
    }

    /** The lines of the cluster's logs that say what ran: the master, the workers, the executors. */
    List<String> story() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.sorted().toList()) {
                for (String l : Files.readAllLines(f)) {
                    if (l.contains("Starting Spark master") || l.contains("Registering worker")
                            || l.contains("Starting Spark worker") || l.contains("Launch executor")
                            || l.contains("Asked to launch executor") || l.contains("Executor app-")
                            || l.contains("Removing executor") || l.contains("Registering app")) {
                        lines.add(f.getFileName() + ": " + l);
                    }
                }
            }
        }
        return lines;
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = alive();
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy(); // workers first: they stop their executors
        }
        for (Process p : processes) {
            if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        for (ProcessHandle h : all) {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
    }

    static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
