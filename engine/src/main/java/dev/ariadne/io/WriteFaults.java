package dev.ariadne.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The seam every write of a run's files goes through (the store's maps, order file,
 * records and markers, the liveness graph, reports), so that a test can make the N-th of
 * them fail as the machine would: an I/O error, a full disk, a short write, a crash. No
 * hook is installed in production: each call is one read of a field that is null, made
 * only at I/O calls (a chunk of 32 states, a force, a rename), never per state.
 */
public final class WriteFaults {
    /** What an I/O call does to the file it names. */
    public enum Op {
        /** Writes bytes through a channel (the only kind a short write applies to). */
        WRITE,
        /** Puts, replaces or removes an entry of a memory-mapped Chronicle Map. */
        PUT,
        /** Forces a file's (or a directory's) data to disk. */
        FORCE,
        /** Creates a file (a map, an empty file, a marker). */
        CREATE,
        /** Renames a file into place. */
        RENAME,
        /** Deletes or truncates a file. */
        DELETE
    }

    /** What a test installs: told of each I/O call before it is made, it may fail it. */
    @FunctionalInterface
    public interface Hook {
        /**
         * Called before an I/O call on {@code file}; throws to make it fail. For a
         * {@link Op#WRITE} of {@code bytes} bytes, returns how many of them the call writes
         * (fewer is a short write, and the rest is then written by a further call, as a
         * caller of {@code write(2)} does); for other calls the value is ignored.
         */
        long before(Op op, Path file, long bytes) throws IOException;
    }

    private static volatile Hook hook;

    private WriteFaults() {
    }

    /** Installs {@code h} for the whole JVM (tests only); null removes it. */
    public static void install(Hook h) {
        hook = h;
    }

    /** Before an I/O call that is not a channel write: a put, force, create, rename or delete. */
    public static void before(Op op, Path file) throws IOException {
        Hook h = hook;
        if (h != null) {
            h.before(op, file, 0);
        }
    }


    /**
     * Writes all of {@code buf} to {@code channel} at {@code position}, or at the channel's
     * own position when {@code position} is negative; returns the bytes written.
     */
    public static long write(FileChannel channel, ByteBuffer buf, long position, Path file) throws IOException {
        long total = 0;
        while (buf.hasRemaining()) {
            int n = buf.remaining();
            Hook h = hook;
            long allowed = h == null ? n : Math.max(1, Math.min(n, h.before(Op.WRITE, file, n)));
            int limit = buf.limit();
            buf.limit(buf.position() + (int) allowed);
            try {
                while (buf.hasRemaining()) {
                    int w = position < 0 ? channel.write(buf) : channel.write(buf, position + total);
                    total += w;
                }
            } finally {
                buf.limit(limit);
            }
        }
        return total;
    }
}
