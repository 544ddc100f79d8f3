package dev.ariadne.spark.search;

import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.ModelError;
import dev.ariadne.space.StateSpace;
import scala.Tuple2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The map side of a level, in an executor: checks and expands the frontier states of one
 * partition through one cursor, and yields their successors in chunks keyed by the
 * partition that owns them, so that each reaches its owner in the level's one shuffle. The
 * last chunk is the report: states generated, violations found and the lines the model
 * printed (in the order of the partition's states, each state's in the order printed). Lazy: it expands only
 * as far as the chunks taken so far need, so a task holds a few chunks, not its output.
 */
public final class Expansion implements Iterator<Tuple2<Integer, byte[]>> {
    /** The chunk kinds. */
    static final byte STATES = 0;
    static final byte REPORT = 1;
    private static final int CHUNK = 128 * 1024;
    /** The characters of printed lines a task forwards to the driver; later lines are only counted. */
    static final int PRINT_BUDGET = 1 << 20;
    static final String DEADLOCK_MESSAGE = "deadlock: no step is enabled and not every process is Done";

    private final int partitions;
    private final int index;
    private final int depth;
    private final SearchOptions options;
    private final Cursor cursor;
    private final Frontier.Reader states;
    private final ByteBuffer[] out;
    private final ArrayDeque<Tuple2<Integer, byte[]>> ready = new ArrayDeque<>();
    private final LongSet seen = new LongSet();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private int printedChars;
    private long dropped;
    private long found;
    private long generated;
    private boolean done;
    private boolean reported;

    // the state being expanded and its successor count, for the sink
    private long parentFp;
    private int stepGenerated;

    public Expansion(StateSpace space, Part part, int partitions, SearchOptions options) {
        this.partitions = partitions;
        this.index = part.index();
        this.depth = part.level();
        this.options = options;
        this.cursor = space.cursor();
        this.states = part.frontier().reader();
        this.out = new ByteBuffer[partitions];
    }

    @Override
    public boolean hasNext() {
        ModelOutput.to(this::printed);
        try {
            while (ready.isEmpty() && !reported) {
                if (done || !states.next()) {
                    done = true;
                    flushAll();
                    ready.add(new Tuple2<>(index, report()));
                    reported = true;
                } else {
                    expand(states.fp(), states.bytes(), states.offset(), states.length());
                }
            }
        } finally {
            ModelOutput.to(null);
        }
        return !ready.isEmpty();
    }

    /** A line the model printed while this task ran it: kept, in order, for the driver to print. */
    private void printed(String line) {
        if (dropped == 0 && printedChars + line.length() <= PRINT_BUDGET) {
            printed.add(line);
            printedChars += line.length();
        } else {
            dropped++;
        }
    }

    @Override
    public Tuple2<Integer, byte[]> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void expand(long fp, byte[] bytes, int off, int len) {
        cursor.load(fp, bytes, off, len);
        Violation v = cursor.violation();
        if (v != null && add(v)) {
            return;
        }
        boolean expand = options.maxDepth() <= 0 || depth < options.maxDepth();
        try {
            expand = expand && cursor.expandable();
        } catch (ModelError e) {
            add(e.violation());
            return;
        }
        if (!expand) {
            return;
        }
        parentFp = fp;
        stepGenerated = 0;
        boolean failed = false;
        int steps = cursor.stepCount();
        for (int step = 0; step < steps; step++) {
            try {
                cursor.runStep(step, this::successor);
            } catch (ModelError e) {
                failed = true;
                if (add(e.violation())) {
                    break;
                }
            }
        }
        generated += stepGenerated;
        if (stepGenerated == 0 && !failed && options.checkDeadlock() && !cursor.terminal()) {
            add(new Violation(ViolationKind.DEADLOCK, null, DEADLOCK_MESSAGE, -1, fp, Violation.NO_STEP, null,
                    List.of()));
        }
    }

    /** Keeps a finding; true when the task is to stop expanding (the first one, without --continue). */
    private boolean add(Violation v) {
        found++;
        if (findings.size() < options.maxViolations()) {
            findings.add(Finding.of(v, depth));
        }
        if (!options.keepGoing()) {
            done = true;
            return true;
        }
        return false;
    }

    private void successor(int step, long fp, byte[] bytes, int off, int len) {
        stepGenerated++;
        if (fp == parentFp || !seen.add(fp)) {
            return; // a step back to the state itself, or a successor this task already routed
        }
        int owner = Owners.of(fp, partitions);
        ByteBuffer b = out[owner];
        if (b == null || b.remaining() < 24 + len) {
            flush(owner);
            b = out[owner] = ByteBuffer.allocate(Math.max(CHUNK, 25 + len));
            b.put(STATES);
        }
        b.putLong(fp).putLong(parentFp).putInt(step).putInt(len).put(bytes, off, len);
    }

    private void flush(int owner) {
        ByteBuffer b = out[owner];
        if (b != null && b.position() > 1) {
            byte[] chunk = new byte[b.position()];
            System.arraycopy(b.array(), 0, chunk, 0, chunk.length);
            ready.add(new Tuple2<>(owner, chunk));
        }
        out[owner] = null;
    }

    private void flushAll() {
        for (int i = 0; i < partitions; i++) {
            flush(i);
        }
    }

    private byte[] report() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(REPORT);
            try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
                o.writeLong(generated);
                o.writeLong(found);
                o.writeObject(new ArrayList<>(findings));
                o.writeObject(new ArrayList<>(printed));
                o.writeLong(dropped);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
