package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Measures the store (not a timed assertion): writes N states with ~100-byte snapshots,
 * then prints bytes on disk per state, write and read rates, open times and the heap used
 * before, during and after. Run it with
 * {@code mvn -q -B -pl store -am test -Dtest=StoreMeasurement -Dariadne.measure=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (the output lands in {@code store/target/surefire-reports/dev.ariadne.store.StoreMeasurement-output.txt}),
 * or with its {@code main} and the Chronicle JVM flags.
 */
class StoreMeasurement {
    @TempDir
    Path dir;

    @Test
    @EnabledIfSystemProperty(named = "ariadne.measure", matches = "true")
    void measureOneMillionStates() throws Exception {
        measure(dir.resolve("run"), Long.getLong("ariadne.measure.states", 1_000_000));
    }

    public static void main(String[] args) throws Exception {
        Path parent = Files.createTempDirectory("ariadne-measure");
        try {
            measure(parent.resolve("run"), args.length > 0 ? Long.parseLong(args[0]) : 1_000_000);
        } finally {
            try (var files = Files.walk(parent)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static void measure(Path run, long n) throws Exception {
        int snapshotSize = 100;
        byte[] snapshot = new byte[snapshotSize];
        System.out.printf("states: %,d, snapshot: %d bytes, cores: %d, load average: %.1f%n", n, snapshotSize,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long heapBefore = heapAfterGc();
        long t0 = System.nanoTime();
        try (ChronicleStateStore store = ChronicleStateStore.create(run, new StoreOptions(StoreOptions.DEFAULT_INITIAL_ENTRIES, snapshotSize))) {
            System.out.printf("create: %.0f ms (the JVM's first Chronicle map pays for code generation)%n", ms(t0));
            long start = System.nanoTime();
            long checkpoints = 0;
            long checkpointNanos = 0;
            for (long seq = 0; seq < n; seq++) {
                snapshot[0] = (byte) seq;
                snapshot[1] = (byte) (seq >>> 8);
                snapshot[2] = (byte) (seq >>> 16);
                store.add(seq, States.fp(seq), seq == 0 ? 0 : States.fp(seq / 3), (int) (seq % 7), 1, snapshot, 0, snapshotSize);
                if ((seq + 1) % 100_000 == 0) {
                    long c = System.nanoTime();
                    store.checkpoint(new Checkpoint(seq / 2, seq + 1, seq * 3, 1, 0, null));
                    checkpointNanos += System.nanoTime() - c;
                    checkpoints++;
                }
                if ((seq + 1) % (n / 4) == 0) {
                    System.out.printf("  at %,d states: heap used after GC %,d bytes%n", seq + 1, heapAfterGc());
                }
            }
            double writeSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("write: %,.0f states/s (%.1f s, including %d checkpoints taking %.0f ms in all)%n",
                    n / writeSeconds, writeSeconds, checkpoints, checkpointNanos / 1e6);
            System.out.printf("tiers: %d%n", store.tierCount());
            readRates(store, n);
        }
        printDisk(run, n);
        long open = System.nanoTime();
        try (ChronicleStateStore store = ChronicleStateStore.open(run)) {
            System.out.printf("reopen after a clean close: %.0f ms (%s)%n", ms(open), store.recoveryReport());
        }
        Files.writeString(run.resolve(RunDirectory.DIRTY_MARKER), "0\n"); // as if the writer had been killed
        open = System.nanoTime();
        try (ChronicleStateStore store = ChronicleStateStore.open(run)) {
            System.out.printf("reopen after a crash (full Chronicle recovery): %.0f ms (%s)%n", ms(open), store.recoveryReport());
        }
        System.out.printf("heap used after GC: before %,d bytes, after %,d bytes%n", heapBefore, heapAfterGc());
    }

    private static void readRates(ChronicleStateStore store, long n) throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long reads = Math.min(n, 1_000_000);
        long sink = 0;
        long start = System.nanoTime();
        for (long i = 0; i < reads; i++) {
            sink += store.snapshot(States.fp(random.nextLong(n))).length;
        }
        System.out.printf("snapshot(fp), random, 1 thread: %,.0f reads/s%n", reads / ((System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        for (long i = 0; i < reads; i++) {
            sink += store.record(States.fp(random.nextLong(n))).depth();
        }
        System.out.printf("record(fp), random, 1 thread: %,.0f reads/s%n", reads / ((System.nanoTime() - start) / 1e9));
        long[] fps = {0};
        start = System.nanoTime();
        store.forEachFingerprint(0, n, (seq, fp) -> fps[0] += fp);
        System.out.printf("forEachFingerprint, in order: %,.0f states/s%n", n / ((System.nanoTime() - start) / 1e9));
        start = System.nanoTime();
        for (long i = 0; i < reads; i++) {
            sink += store.fingerprintAt(random.nextLong(n));
        }
        System.out.printf("fingerprintAt, random: %,.0f reads/s%n", reads / ((System.nanoTime() - start) / 1e9));
        Thread[] threads = new Thread[2];
        start = System.nanoTime();
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                for (long i = 0; i < reads / threads.length; i++) {
                    store.snapshot(States.fp(r.nextLong(n)));
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("snapshot(fp), random, %d threads: %,.0f reads/s in all%n", threads.length,
                reads / ((System.nanoTime() - start) / 1e9));
        if (sink == 42 && fps[0] == 42) {
            System.out.println(); // keeps the reads from being optimised away
        }
    }

    private static void printDisk(Path run, long n) throws IOException, InterruptedException {
        Map<String, long[]> byKind = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(run)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String kind = name.contains("-") ? name.substring(0, name.indexOf('-')) + "-*.cm" : name;
                long[] sizes = byKind.computeIfAbsent(kind, k -> new long[2]);
                sizes[0] += Files.size(file);
                sizes[1] += allocated(file);
            }
        }
        long apparent = 0;
        long allocated = 0;
        for (var e : byKind.entrySet()) {
            System.out.printf("  %-16s allocated %,15d bytes (%6.1f per state), length %,15d%n", e.getKey(),
                    e.getValue()[1], e.getValue()[1] / (double) n, e.getValue()[0]);
            apparent += e.getValue()[0];
            allocated += e.getValue()[1];
        }
        System.out.printf("disk: %,d bytes allocated = %.1f bytes per state (sparse length %,d bytes)%n",
                allocated, allocated / (double) n, apparent);
    }

    /** Bytes the file really takes (du), which for sparse files is far below its length. */
    private static long allocated(Path file) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-B1", "--", file.toString()).redirectErrorStream(true).start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        du.waitFor();
        return Long.parseLong(out.split("\\s+")[0]);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
