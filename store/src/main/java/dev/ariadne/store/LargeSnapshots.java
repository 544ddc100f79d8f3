package dev.ariadne.store;

import dev.ariadne.snapshot.Fingerprint;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Snapshots too large for a chunk of the snapshot map (over 512 KiB: a chunk of 32 must
 * fit a tier), each kept in a file of its own, {@code large-FINGERPRINT.snap}; the state's
 * entry then holds only the snapshot's length and is marked {@link StateEntry#OUT_OF_LINE}.
 * The file is forced and renamed into place before the entry is written, and the checkpoint
 * forces the directory, so a checkpoint never names a state whose snapshot is not on disk.
 * A file of a state dropped by a rollback stays behind, and is rewritten with the same bytes
 * when the state is found again.
 */
final class LargeSnapshots {
    /** Snapshots up to this size stay in their chunk. */
    static final int INLINE_LIMIT = TierKind.MAX_SNAPSHOT_BYTES;

    private LargeSnapshots() {
    }

    static Path file(Path root, long fp) {
        return root.resolve("large-" + Fingerprint.hex(fp) + ".snap");
    }

    /** Writes the snapshot of state {@code fp} to its file, durably. */
    static void write(RunDirectory dir, long fp, byte[] snapshot, int off, int len) {
        RunDirectory.writeDurably(file(dir.root(), fp), ByteBuffer.wrap(snapshot, off, len));
    }

    /** The snapshot of state {@code fp}; an {@link IllegalArgumentException} saying what is wrong with its file. */
    static byte[] read(Path root, long fp, long length) {
        Path file = file(root, fp);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " is missing");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
        }
        if (bytes.length != length || Fingerprint.of(bytes, 0, bytes.length) != fp) {
            throw new IllegalArgumentException(file + " is damaged: " + bytes.length + " bytes (" + length
                    + " expected) that do not hash to " + Fingerprint.hex(fp));
        }
        return bytes;
    }
}
