package dev.ariadne.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stops the writer while its filesystem still has a reserve of free space. The store's
 * files are sparse and memory-mapped: a page is allocated when it is first written, and
 * on a full filesystem that write is a SIGBUS, which the JVM reports as an
 * {@link InternalError} at some later instruction, anywhere in the writer's thread. So the
 * writer must never get there: it checks the free space before it writes, often enough that
 * what it writes between two checks fits in the room that was left above the reserve.
 */
final class SpaceGuard {
    /** The system property that sets the reserve in bytes (tests on a small filesystem set it). */
    static final String RESERVE_PROPERTY = "ariadne.store.reserveBytes";
    private static final long MB = 1L << 20;
    /**
     * What a chunk write may allocate beyond its value: the order file's 32 longs, and a fresh
     * page for each of the entry's end, its hash slot and the order file's next page.
     */
    static final long WRITE_OVERHEAD = 32 * 8 + 3 * 4096;
    /** The most bytes written between two checks, however much is free: other programs write to the disk too. */
    static final long MAX_ALLOWANCE = 64 * MB;

    private final Path dir;
    private final FileStore fileStore;
    private final long reserve;
    /** What the writes since the last check may have allocated, at most. */
    private long pending;
    /** How much may be written before the next check: a quarter of the room above the reserve at the last one. */
    private long allowance;

    private SpaceGuard(Path dir, FileStore fileStore, long reserve) {
        this.dir = dir;
        this.fileStore = fileStore;
        this.reserve = reserve;
    }

    /**
     * The guard of a run directory. The reserve is a twentieth of the filesystem, between
     * 4 and 64 MB: room for the writes between two checks, a new tier's headers, a checkpoint.
     */
    static SpaceGuard of(Path dir) {
        try {
            FileStore fs = Files.getFileStore(dir);
            long reserve = Long.getLong(RESERVE_PROPERTY, Math.min(64 * MB, Math.max(4 * MB, fs.getTotalSpace() / 20)));
            return new SpaceGuard(dir, fs, reserve);
        } catch (IOException e) {
            return new SpaceGuard(dir, null, 0); // a filesystem that cannot say: writes are not guarded
        }
    }

    /**
     * Before a chunk of {@code length} bytes is written: checks the free space when the writes
     * since the last check may have used a quarter of the room that was left above the
     * reserve, so checks are rare on a roomy disk and frequent on a nearly full one (a check
     * is a system call, and every 8 chunks it took a tenth of the coordinator's time on a
     * model of small states; docs/store.md).
     */
    void beforeWrite(int length) {
        pending += length + WRITE_OVERHEAD;
        if (pending >= allowance) {
            check();
        }
    }

    /** Throws a disk-full {@link StoreException} if the free space is below the reserve. */
    void check() {
        checkRoomFor(0);
    }

    /** Throws a disk-full {@link StoreException} unless {@code length} more bytes fit above the reserve. */
    void checkRoomFor(long length) {
        pending = 0;
        if (fileStore == null) {
            allowance = Long.MAX_VALUE;
            return;
        }
        long free = usable();
        if (free - length < reserve) {
            allowance = 0;
            String why = length == 0
                    ? String.format(java.util.Locale.US, "%.1f MB free, less than the %.1f MB the store keeps in reserve",
                            free / (double) MB, reserve / (double) MB)
                    : String.format(java.util.Locale.US,
                            "%.1f MB free, less than the %.1f MB of a %.1f MB file and the store's reserve",
                            free / (double) MB, (reserve + length) / (double) MB, length / (double) MB);
            throw StoreException.diskFull(dir, why, null);
        }
        allowance = Math.min((free - reserve - length) / 4, MAX_ALLOWANCE);
    }

    /**
     * The disk-full error {@code e} is, or null: a disk-full {@link StoreException} in its
     * causes, or an {@link InternalError} of a memory-mapped write (a SIGBUS, which the JVM
     * reports late, anywhere in the thread) while the filesystem is below its reserve.
     */
    StoreException diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException se && se.diskFull()) {
                return se;
            }
            if (t instanceof InternalError && String.valueOf(t.getMessage()).contains("unsafe memory access")
                    && fileStore != null && usable() < reserve) {
                return StoreException.diskFull(dir, "a write to a memory-mapped file failed", t);
            }
        }
        return null;
    }

    private long usable() {
        try {
            return fileStore.getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
