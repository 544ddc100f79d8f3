package dev.ariadne.cli;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fault of the machine injected at the N-th write of a run, through the store's and the
 * engine's {@link WriteFaults} seam: an I/O error, a full disk, a short write (half the
 * bytes reach the file, then the disk is full), or a crash (the run directory is copied
 * as it is at that instant, the image a {@code kill -9} would leave, and the process goes
 * on only to be thrown away). With {@code at == 0} it injects nothing and only counts.
 */
final class InjectedFault implements WriteFaults.Hook {
    /** The kinds of fault, each followed by a resume. */
    enum Kind {
        IO_ERROR, DISK_FULL, SHORT_WRITE, CRASH
    }

    /** Thrown at every write after a crash, so the abandoned session stops writing at once. */
    static final class Crashed extends Error {
        private static final long serialVersionUID = 1L;

        Crashed() {
            super("simulated crash", null, false, false);
        }
    }

    private final Kind kind;
    private final long at;
    /** Where a crash copies the run directory (the directory being written is {@code runDir}). */
    private final Path runDir;
    private final Path crashImage;
    private long writes;
    private long byteWrites;
    private String injectedAt;
    private boolean crashed;
    /** A short write happened: the next write (the rest of its bytes) fails as on a full disk. */
    private boolean shortPending;
    private final List<String> log = new ArrayList<>();
    private final boolean keepLog;

    private InjectedFault(Kind kind, long at, Path runDir, Path crashImage, boolean keepLog) {
        this.kind = kind;
        this.at = at;
        this.runDir = runDir;
        this.crashImage = crashImage;
        this.keepLog = keepLog;
    }

    /** Counts the writes of an uninterrupted run and what each is. */
    static InjectedFault counting() {
        return new InjectedFault(null, 0, null, null, true);
    }

    /**
     * A fault of {@code kind} at write {@code at} (1-based); a short write counts only the
     * writes of bytes through a channel, the other kinds every write.
     */
    static InjectedFault at(Kind kind, long at, Path runDir, Path crashImage) {
        return new InjectedFault(kind, at, runDir, crashImage, false);
    }

    @Override
    public synchronized long before(WriteFaults.Op op, Path file, long bytes) throws IOException {
        if (crashed) {
            throw new Crashed();
        }
        if (shortPending) {
            shortPending = false;
            throw new IOException(file + ": No space left on device (injected after a short write)");
        }
        writes++;
        if (op == WriteFaults.Op.WRITE) {
            byteWrites++;
        }
        if (keepLog) {
            log.add(op + " " + file.getFileName() + (op == WriteFaults.Op.WRITE ? " " + bytes : ""));
        }
        long n = kind == Kind.SHORT_WRITE ? (op == WriteFaults.Op.WRITE ? byteWrites : -1) : writes;
        if (kind == null || n != at || injectedAt != null) {
            return bytes;
        }
        injectedAt = op + " " + file.getFileName();
        switch (kind) {
            case IO_ERROR -> throw new IOException(file + ": Input/output error (injected)");
            case DISK_FULL -> throw new IOException(file + ": No space left on device (injected)");
            case SHORT_WRITE -> {
                if (bytes < 2) {
                    throw new IOException(file + ": No space left on device (injected, nothing written)");
                }
                shortPending = true;
                return bytes / 2;
            }
            case CRASH -> {
                RunImage.copy(runDir, crashImage);
                crashed = true;
                throw new Crashed();
            }
            default -> throw new AssertionError(kind);
        }
    }

    /** Writes seen so far (all kinds). */
    synchronized long writes() {
        return writes;
    }

    /** Writes of bytes through a channel seen so far. */
    synchronized long byteWrites() {
        return byteWrites;
    }

    /** What the fault struck ("PUT snapshots-0000.cm"), or null if the run ended before write {@code at}. */
    synchronized String injectedAt() {
        return injectedAt;
    }

    synchronized List<String> log() {
        return List.copyOf(log);
    }
}
