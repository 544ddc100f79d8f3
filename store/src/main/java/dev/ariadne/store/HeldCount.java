package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;

/**
 * How many states a small store holds, kept in its dirty marker ({@code writer.dirty}) as
 * 8 bytes after the writer's pid line, so that the open after a crash or a failed session
 * knows how many states added since the last checkpoint it drops: what the order file's
 * {@code appended} counter tells a Chronicle store's rollback. Like that counter it is a
 * store into memory mapped from the file (no system call a state), which a killed process
 * leaves in the page cache; the 8 bytes are written through a channel first, so the store
 * never allocates a page of the file through the mapping (a full disk would make that a SIGBUS).
 */
final class HeldCount {
    private final MappedByteBuffer count;

    private HeldCount(MappedByteBuffer count) {
        this.count = count;
    }

    /** Appends the count, {@code held}, to the marker that {@link WriterLock#markDirty} has just written. */
    static HeldCount attach(RunDirectory dir, long held) {
        try (FileChannel marker = FileChannel.open(dir.dirtyMarker(), StandardOpenOption.READ, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            long at = marker.size();
            ByteBuffer initial = ByteBuffer.allocate(Long.BYTES).putLong(0, held);
            WriteFaults.write(marker, initial, at, dir.dirtyMarker());
            return new HeldCount(marker.map(FileChannel.MapMode.READ_WRITE, at, Long.BYTES));
        } catch (IOException e) {
            throw new StoreException(dir.dirtyMarker() + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Records that the store holds {@code held} states. */
    void set(long held) {
        count.putLong(0, held);
    }

    /**
     * The count a previous writer left in the marker, or -1 if there is none (no marker, or
     * one written by a Chronicle store, by an older version, or by a writer that stopped
     * before it attached the count).
     */
    static long read(RunDirectory dir) {
        byte[] marker;
        try {
            marker = Files.readAllBytes(dir.dirtyMarker());
        } catch (NoSuchFileException e) {
            return -1;
        } catch (IOException e) {
            throw new StoreException(dir.dirtyMarker() + " cannot be read: " + e.getMessage(), e);
        }
        for (int i = 0; i < marker.length; i++) {
            if (marker[i] == '\n') {
                return marker.length - i - 1 == Long.BYTES ? ByteBuffer.wrap(marker, i + 1, Long.BYTES).getLong() : -1;
            }
        }
        return -1;
    }
}
