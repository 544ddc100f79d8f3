package dev.ariadne.spark.search;

import dev.ariadne.result.Progress;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.ModelError;
import dev.ariadne.space.StateSpace;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The driver of a fingerprint-partitioned breadth-first search: one Spark job per level
 * (the frontier expanded in the executors, each successor shuffled to the partition that
 * owns its fingerprint, new states kept there), the partitions persisted in memory and on
 * disk, checkpointed every few levels. The driver keeps only counts and findings.
 */
public final class DistributedSearch {
    /** Why a search stopped before its end. */
    public enum Stop { NONE, TIMEOUT, REQUESTED }

    private final JavaSparkContext sc;
    private final SpaceSource source;
    private final SearchOptions options;
    private final int partitions;
    private final RunFiles files;
    private final int checkpointEvery;
    private final long deadlineNanos;
    private final BooleanSupplier stopRequested;
    private final Consumer<Progress> progress;
    private final Consumer<String> printer;
    private final long start = System.nanoTime();

    private JavaRDD<Part> parts;
    private final LevelTotals totals;
    /** The level whose parts are in the run directory, complete; -1 for none. */
    private int checkpointed = -1;
    private Stop stop = Stop.NONE;

    /**
     * @param files           the run directory, where checkpoints go
     * @param checkpointEvery levels between checkpoints; 0 for a checkpoint only when the search is stopped
     * @param timeoutMillis   stop resumably after this long; 0 for no limit
     * @param printer         receives the lines the model prints, forwarded from the executors after each level
     */
    public DistributedSearch(JavaSparkContext sc, SpaceSource source, SearchOptions options, int partitions,
                             RunFiles files, int checkpointEvery, long timeoutMillis, BooleanSupplier stopRequested,
                             Consumer<Progress> progress, Consumer<String> printer, boolean resume) {
        this.sc = sc;
        this.source = source;
        this.options = options;
        this.partitions = partitions;
        this.files = files;
        this.checkpointEvery = checkpointEvery;
        this.deadlineNanos = timeoutMillis > 0 ? start + timeoutMillis * 1_000_000 : Long.MAX_VALUE;
        this.stopRequested = stopRequested;
        this.progress = progress;
        this.printer = printer;
        this.totals = resume ? restore() : initial();
    }

    public LevelTotals totals() {
        return totals;
    }

    public Stop stop() {
        return stop;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Explores level after level until the frontier is empty, a violation stops it, or it is asked to stop. */
    public void run() {
        while (totals.queue > 0 && (options.keepGoing() || totals.found == 0)) {
            if (stopRequested.getAsBoolean() || System.nanoTime() > deadlineNanos) {
                stop = stopRequested.getAsBoolean() ? Stop.REQUESTED : Stop.TIMEOUT;
                checkpointNow();
                return;
            }
            level();
        }
        if (checkpointed != totals.level) {
            checkpointNow(); // a resume of a finished run reports its result again, traces included
        }
    }

    /** One level: one job of two stages (expand and route; merge into the owners' tables). */
    private void level() {
        int depth = totals.level;
        int n = partitions;
        SpaceSource src = source;
        SearchOptions o = options;
        RunFiles out = files;
        boolean checkpoint = checkpointEvery > 0 && (depth + 1) % checkpointEvery == 0;
        JavaRDD<byte[]> routed = parts
                .mapPartitionsToPair(it -> new Expansion(src.open(), it.next(), n, o))
                .partitionBy(new OwnerPartitioner(n))
                .values();
        FlatMapFunction2<java.util.Iterator<Part>, java.util.Iterator<byte[]>, Part> merge = (old, chunks) -> {
            Part p = Merge.next(old.next(), chunks, o.maxViolations());
            if (checkpoint) {
                out.writePart(p.level(), p);
            }
            return Collections.singletonList(p).iterator();
        };
        JavaRDD<Part> next = parts.zipPartitions(routed, merge).persist(StorageLevel.MEMORY_AND_DISK());
        List<Part.Summary> sums = next.map(Part::summary).collect();
        parts.unpersist(false);
        parts = next;
        long fresh = 0;
        long generated = 0;
        long found = 0;
        List<Finding> findings = new ArrayList<>();
        print(sums, depth);
        for (Part.Summary s : sums) {
            fresh += s.fresh();
            generated += s.generated();
            found += s.found();
            findings.addAll(s.findings());
        }
        totals.level = depth + 1;
        if (options.keepGoing() || found == 0) {
            totals.distinct += fresh;
            totals.generated += generated;
            totals.queue = fresh;
            if (fresh > 0) {
                totals.depth = depth + 1;
            }
        }
        // else a violation stops the search in this level, whose expansion the executors cut short wherever
        // each found one first: the counts stay those of the complete levels, up to this one's states
        // (docs/spark.md), the same whatever the partitions and their timing.
        totals.add(findings, options.keepGoing() ? found : Math.min(found, 1), options.keepGoing() ? options.maxViolations() : 1);
        if (checkpoint) {
            complete();
            parts = reload(totals.level);
        }
        report();
    }

    /**
     * Prints what the model printed in the level's tasks: each partition's lines in the order of
     * its states, the partitions in index order (the driver collects them after the level).
     */
    private void print(List<Part.Summary> sums, int depth) {
        long dropped = 0;
        for (Part.Summary s : sums.stream().sorted(java.util.Comparator.comparingInt(Part.Summary::index)).toList()) {
            s.printed().lines().forEach(printer);
            dropped += s.printed().dropped();
        }
        if (dropped > 0) {
            printer.accept("ariadne: " + dropped + " more lines printed by the model at depth " + depth
                    + " were not forwarded from the executors (at most " + Expansion.PRINT_BUDGET / 1024
                    + " KiB of lines per task and level)");
        }
    }

    private void report() {
        double t = elapsedSeconds();
        progress.accept(new Progress(t, totals.depth, totals.generated, totals.distinct, totals.queue,
                t > 0 ? totals.distinct / t : 0));
    }

    /** Writes every part of the current level (one job), then its counts. */
    private void checkpointNow() {
        RunFiles out = files;
        int level = totals.level;
        parts.foreach(p -> out.writePart(level, p));
        complete();
    }

    private void complete() {
        checkpointed = totals.level;
        try {
            files.completeLevel(totals.level, totals.toProperties(), sc.hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint in '" + files.dir() + "'", e);
        }
    }

    /** The parts of a checkpointed level, read from its files by the executors: the lineage starts there. */
    private JavaRDD<Part> reload(int level) {
        RunFiles in = files;
        List<Integer> indices = IntStream.range(0, partitions).boxed().toList();
        return sc.parallelize(indices, partitions).map(i -> in.readPart(level, i))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    private LevelTotals restore() {
        try {
            int level = files.lastLevel(sc.hadoopConfiguration());
            if (level < 0) {
                throw new IllegalStateException("no complete checkpoint");
            }
            LevelTotals t = LevelTotals.of(files.progress(level, sc.hadoopConfiguration()));
            parts = reload(level);
            checkpointed = level;
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint in '" + files.dir() + "'", e);
        }
    }

    /** The initial states, enumerated on the driver and dealt to their owners' partitions. */
    private LevelTotals initial() {
        LevelTotals t = new LevelTotals();
        StateSpace space = source.open();
        Cursor cursor = space.cursor();
        VisitedTable[] tables = new VisitedTable[partitions];
        Frontier.Builder[] frontiers = new Frontier.Builder[partitions];
        for (int i = 0; i < partitions; i++) {
            tables[i] = new VisitedTable();
            frontiers[i] = new Frontier.Builder();
        }
        ModelOutput.to(printer); // what the initial steps print, printed here on the driver
        try {
            cursor.initialStates((step, fp, bytes, off, len) -> {
                t.generated++;
                int owner = Owners.of(fp, partitions);
                if (tables[owner].depth(fp) == 0) {
                    tables[owner].put(fp, Trace.NO_PARENT, StateSpace.INIT_STEP, 1);
                    frontiers[owner].add(fp, bytes, off, len);
                    t.distinct++;
                }
            });
        } catch (ModelError e) {
            t.add(List.of(Finding.of(e.violation(), 0)), 1, options.maxViolations());
        } finally {
            ModelOutput.to(null);
        }
        List<Part> list = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            Frontier f = frontiers[i].build();
            list.add(new Part(i, 1, tables[i], f, f.count(), 0, List.of(), 0, Part.Printed.NONE));
        }
        t.level = 1;
        t.queue = t.distinct;
        t.depth = t.distinct > 0 ? 1 : 0;
        parts = sc.parallelize(list, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        return t;
    }

    /** Looks up states in their partitions: {@code {parent, step, depth}} of each, null for one not visited. */
    public List<long[]> lookup(long[] fps) {
        int n = partitions;
        int[] owners = java.util.Arrays.stream(fps).mapToInt(fp -> Owners.of(fp, n)).distinct().toArray();
        long[] wanted = fps.clone();
        List<long[]>[] found = parts.mapPartitions(it -> {
            Part p = it.next();
            List<long[]> rows = new ArrayList<>();
            for (long fp : wanted) {
                if (Owners.of(fp, n) == p.index()) {
                    long[] r = p.table().lookup(fp);
                    if (r != null) {
                        rows.add(new long[] {fp, r[0], r[1], r[2]});
                    }
                }
            }
            return rows.iterator();
        }).collectPartitions(owners);
        List<long[]> out = new ArrayList<>();
        for (long fp : fps) {
            long[] hit = null;
            for (List<long[]> rows : found) {
                for (long[] r : rows) {
                    if (r[0] == fp) {
                        hit = new long[] {r[1], r[2], r[3]};
                    }
                }
            }
            out.add(hit);
        }
        return out;
    }

    /** Drops the cached partitions (the end of the run). */
    public void release() {
        if (parts != null) {
            parts.unpersist(false);
        }
    }
}
