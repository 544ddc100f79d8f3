package dev.ariadne.cli;

import dev.ariadne.store.StoreFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static dev.ariadne.cli.Json.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check of a model with several hundred thousand states, run as the command in a child
 * JVM, is interrupted at random moments — by SIGINT, by SIGTERM and by {@code kill -9} of
 * the JVM — and resumed (each resume possibly interrupted again) until a session finishes;
 * the final distinct and generated counts, depth and verdict are those of an uninterrupted
 * run. The moments come from a seeded generator: the seed is printed (in the Surefire
 * report) and {@code -Dariadne.seed=N} repeats them.
 */
class RandomInterruptTest {
    /** The seed of every random moment of this class; each test derives its own generator from it. */
    static final long SEED = Long.getLong("ariadne.seed", System.nanoTime());

    /**
     * examples/two_phase_commit.ari with RM_COUNT=7, verified with TLC 2.18 on
     * benchmarks/tla/TwoPhase.tla (TwoPhase_7.cfg): 296,448 distinct, 2,744,706 generated,
     * depth 23, no error (benchmarks/tla/README.md); an uninterrupted {@code ariadne check
     * --workers 2} gives the same three numbers.
     */
    static final long DISTINCT = 296_448;
    static final long GENERATED = 2_744_706;
    static final long DEPTH = 23;

    /** A start-up moment is drawn uniformly from [0, this) after the session's header line. */
    private static final long START_UP_MAX_MILLIS = 3_000;
    /** A moment at a number of states comes up to this long after the store holds them. */
    private static final long JITTER_MAX_MILLIS = 50;
    /** A double Ctrl-C: the second signal comes up to this long after the first. */
    private static final long SECOND_SIGNAL_MAX_MILLIS = 300;
    /** After the store appears, the check writes its metadata and first checkpoint; a kill waits this much for it. */
    private static final long FIRST_CHECKPOINT_MARGIN_MILLIS = 500;
    private static final long SESSION_LIMIT_MILLIS = TimeUnit.MINUTES.toMillis(3);

    @TempDir
    Path tmp;

    private final List<CliProcess> started = new ArrayList<>();

    enum Stop {
        /** Ctrl-C: stop at a checkpoint, exit 3. */
        SIGINT,
        /** What {@code Process.destroy()} and most service managers send: the same as Ctrl-C. */
        SIGTERM,
        /** {@code kill -9} of the command's JVM: the store recovers to its last checkpoint. */
        KILL,
        /** Ctrl-C pressed twice: the second one ends the JVM at once (unless the first had already stopped it). */
        DOUBLE_SIGINT
    }

    /**
     * One run, seven interruptions in a row: 3 graceful ones (2 SIGINT, 1 SIGTERM), 3 {@code kill -9}
     * (two of them back to back) and a double Ctrl-C (the second signal ends the JVM at once, as a
     * crash does), then a last resume left to finish.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void runInterruptedAtRandomMomentsBySignalsAndKill9ResumesToTheUninterruptedResult() throws Exception {
        interruptAndResume("run", List.of(Stop.SIGINT, Stop.KILL, Stop.KILL, Stop.SIGTERM, Stop.DOUBLE_SIGINT,
                Stop.KILL, Stop.SIGINT), new Random(SEED));
    }

    /** Whatever happened, no process of a test may outlive it. */
    @AfterEach
    void nothingIsLeftRunning() throws InterruptedException {
        CliProcess.closeAll(started);
    }

    /**
     * Runs {@code check}, then {@code resume}s, the i-th session stopped by {@code stops[i]} at a random
     * moment, then one last {@code resume} left to finish; compares the finished run with the verified one.
     */
    private void interruptAndResume(String name, List<Stop> stops, Random random) throws Exception {
        Path dir = tmp.resolve(name);
        List<String> log = new ArrayList<>();
        log.add("run " + name + ", seed " + SEED + " (repeat with -Dariadne.seed=" + SEED + ")");
        boolean created = false;
        // How the previous session ended: killed (its store must be recovered), halted by a second Ctrl-C
        // (recovered, unless the first one had already closed it), or stopped gracefully (a clean store).
        boolean killed = false;
        boolean halted = false;
        String finished = null;
        for (int i = 0; i <= stops.size() && finished == null; i++) {
            Stop stop = i < stops.size() ? stops.get(i) : null;
            String session = name + "-" + (i + 1);
            List<String> args = new ArrayList<>(created
                    ? List.of("resume", name)
                    : List.of("check", Cli.example("two_phase_commit.ari"), "--const", "RM_COUNT=7", "--store", name));
            args.addAll(List.of("--workers", "2", "--checkpoint", "1", "--progress", "0", "--json", session + ".json"));
            CliProcess p = CliProcess.start(tmp, session, args);
            started.add(p);
            String header = created ? "Resuming" : "Checking";
            assertTrue(p.awaitOutput(header, SESSION_LIMIT_MILLIS), "no header line: " + p);
            // The moment: in one case out of four a time in the session's start-up (store recovery,
            // rebuilding the visited set, the first batches); otherwise a number of states stored,
            // uniform over the run, plus a few milliseconds (to land inside merges and checkpoints).
            boolean startUp = random.nextInt(4) == 0;
            long stored = StoreFiles.published(dir);
            long target = stored + (long) (random.nextDouble() * 2 * (DISTINCT - stored) / (stops.size() - i + 1));
            long delay = random.nextLong(startUp ? START_UP_MAX_MILLIS : JITTER_MAX_MILLIS);
            long second = random.nextLong(SECOND_SIGNAL_MAX_MILLIS);
            String moment = "";
            boolean sent = false;
            if (stop != null) {
                boolean alive = true;
                if (stop == Stop.KILL && !created) {
                    // A kill before the store and its first checkpoint exist leaves nothing to resume
                    // (StoreCreationWindowTest); here the moments are those of a run that has started.
                    alive = p.await(() -> Files.exists(dir.resolve("states.small"))
                                    || Files.exists(dir.resolve("store.format")), SESSION_LIMIT_MILLIS)
                            && p.sleepWhileAlive(FIRST_CHECKPOINT_MARGIN_MILLIS);
                    moment = "the store's creation + " + FIRST_CHECKPOINT_MARGIN_MILLIS + " ms, then ";
                }
                if (startUp) {
                    moment += delay + " ms after '" + header + "'";
                } else {
                    alive = alive && p.await(() -> StoreFiles.published(dir) >= target, SESSION_LIMIT_MILLIS);
                    moment += String.format("at %,d states + %d ms", target, delay);
                }
                alive = alive && p.sleepWhileAlive(delay);
                sent = alive && switch (stop) {
                    case KILL -> p.kill9();
                    case SIGINT, SIGTERM -> p.signal(stop.name().substring(3));
                    case DOUBLE_SIGINT -> {
                        boolean first = p.signal("INT");
                        if (first && p.sleepWhileAlive(second)) {
                            p.signal("INT");
                        }
                        moment += ", again " + second + " ms later";
                        yield first;
                    }
                };
            }
            int exit = p.waitFor(SESSION_LIMIT_MILLIS);
            String out = p.out();
            String err = p.err();
            boolean haltedNow = err.contains("ariadne: stopped at once");
            log.add(String.format("session %d: %s, %s -> exit %d%s; %s", i + 1, args.get(0),
                    stop == null ? "left to finish" : stop + " " + moment,
                    exit, haltedNow ? " (stopped at once)" : "", firstLine(out, "  from ", "new run")));
            String context = String.join("\n", log) + "\n" + p;

            // What the previous session left behind is what this one found.
            if (created) {
                assertTrue(out.startsWith("Resuming "), context);
                if (killed && !out.contains("had already finished")) {
                    assertTrue(err.contains("the last session of this run did not stop cleanly"), context);
                } else if (!killed && !halted) {
                    assertFalse(err.contains("did not stop cleanly"), "a graceful stop leaves a clean store: " + context);
                }
            }
            if (exit == 0) {
                assertTrue(out.contains("No violation found."), context);
                finished = session;
            } else if (sent && stop == Stop.KILL) {
                assertEquals(137, exit, "killed with kill -9: " + context);
            } else if (sent && haltedNow) {
                assertEquals(Stop.DOUBLE_SIGINT, stop, context);
                assertEquals(3, exit, context);
            } else if (sent) {
                assertEquals(3, exit, context);
                String signal = stop == Stop.DOUBLE_SIGINT ? "SIGINT" : stop.name();
                assertTrue(out.contains("Interrupted (" + signal + ")."), context);
                assertTrue(out.contains("resume with: ariadne resume " + name), context);
                assertEquals("interrupted", at(Json.parse(Files.readString(tmp.resolve(session + ".json"))), "status"),
                        context);
            } else {
                throw new AssertionError("session ended on its own with exit " + exit + ": " + context);
            }
            created = true;
            killed = sent && stop == Stop.KILL;
            halted = sent && haltedNow;
        }
        log.forEach(System.out::println);
        assertTrue(finished != null, "the last resume did not finish: " + log);

        Object report = Json.parse(Files.readString(tmp.resolve(finished + ".json")));
        Object run = at(report, "runs", 0);
        String context = String.join("\n", log) + "\n" + report;
        assertEquals("ok", at(report, "status"), context);
        assertEquals("ok", at(run, "status"), context);
        assertEquals(DISTINCT, at(run, "distinct_states"), context);
        assertEquals(GENERATED, at(run, "generated_states"), context);
        assertEquals(DEPTH, at(run, "depth"), context);
        assertEquals(0L, at(run, "queue_left"), context);
    }

    private static String firstLine(String text, String prefix, String none) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().map(String::strip).orElse(none);
    }
}
