package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The single-writer guarantee of a run directory and its clean-shutdown marker: the writer
 * holds an exclusive OS lock on {@code writer.lock} for its whole life (released by the OS
 * if the process dies), and {@code writer.dirty} exists from the moment it opens the store
 * until it has closed it cleanly. A dirty marker without a live lock holder means a crash.
 */
final class WriterLock implements AutoCloseable {
    /**
     * Run directories whose writer lives in this JVM. A second channel on the lock file
     * must not be opened in a JVM that holds the lock: closing it would drop the lock
     * (POSIX releases all of a process's locks on a file when any descriptor is closed).
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    private static final long ACQUIRE_PATIENCE_MILLIS = 2_000;

    private final RunDirectory dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean crashed;

    private WriterLock(RunDirectory dir, FileChannel channel, FileLock lock, boolean crashed) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.crashed = crashed;
    }

    /**
     * Takes the writer lock. A reader probing the lock holds it for an instant, so a
     * refused attempt is retried for up to two seconds before giving up.
     */
    static WriterLock acquire(RunDirectory dir) {
        if (!HELD_HERE.add(dir.root())) {
            throw new StoreException(dir + " is already open for writing in this process");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ACQUIRE_PATIENCE_MILLIS);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                if (System.nanoTime() > deadline) {
                    throw new StoreException(dir.lockFile() + " is locked: another process has the store open for writing");
                }
                TimeUnit.MILLISECONDS.sleep(20);
            }
            return new WriterLock(dir, channel, lock, Files.exists(dir.dirtyMarker()));
        } catch (IOException e) {
            Resources.closeQuietly(channel);
            HELD_HERE.remove(dir.root());
            throw new StoreException(dir.lockFile() + " cannot be locked: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Resources.closeQuietly(channel);
            HELD_HERE.remove(dir.root());
            throw new StoreException(dir.lockFile() + " could not be locked: interrupted");
        } catch (RuntimeException e) {
            Resources.closeQuietly(channel);
            HELD_HERE.remove(dir.root());
            throw e;
        }
    }

    /** True if the previous writer did not close the store cleanly. */
    boolean crashed() {
        return crashed;
    }

    /** Records that the store is open for writing (so a crash from now on is noticed). */
    void markDirty() {
        try {
            WriteFaults.before(WriteFaults.Op.CREATE, dir.dirtyMarker());
            Files.writeString(dir.dirtyMarker(), ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC, LinkOption.NOFOLLOW_LINKS); // never the PID into a link's target
            dir.syncDirectory();
        } catch (IOException e) {
            throw new StoreException(dir.dirtyMarker() + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Records a clean shutdown; called after every file has been forced and closed. */
    void markClean() {
        try {
            WriteFaults.before(WriteFaults.Op.DELETE, dir.dirtyMarker());
            Files.deleteIfExists(dir.dirtyMarker());
            dir.syncDirectory();
        } catch (IOException e) {
            throw new StoreException(dir.dirtyMarker() + " cannot be deleted: " + e.getMessage(), e);
        }
    }

    /** Releases the lock (the marker stays as it is). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // The lock dies with the channel anyway.
        } finally {
            Resources.closeQuietly(channel);
            HELD_HERE.remove(dir.root());
        }
    }

    /**
     * True if some process (this one included) holds the writer lock now. A process
     * other than the writer probes with a shared lock for an instant.
     */
    static boolean writerAlive(RunDirectory dir) {
        if (HELD_HERE.contains(dir.root())) {
            return true;
        }
        if (!Files.exists(dir.lockFile())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(dir.lockFile(), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new StoreException(dir.lockFile() + " cannot be probed: " + e.getMessage(), e);
        }
    }
}
