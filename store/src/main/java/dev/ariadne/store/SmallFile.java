package dev.ariadne.store;

import dev.ariadne.liveness.GraphFile;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.DamagedStoreException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;

/**
 * The one file of a small run's store, {@code states.small}: a magic number, the format
 * version and the number of states (at fixed offsets, for tools), the last checkpoint, the metadata at that checkpoint and the states it covers,
 * ending in a CRC-32 of everything before it. It is rewritten whole, atomically, at each
 * checkpoint, so it is always one complete checkpoint.
 */
final class SmallFile {
    /** The version this build writes and reads. */
    static final int VERSION = 1;
    /** "ARIADNE" and a 0x53 ('S'): not a Chronicle file, not text. */
    private static final long MAGIC = 0x4152494144_4E4553L;
    /** Where the number of states is (a big-endian int). */
    static final int COUNT_OFFSET = 8 + 4;
    private static final int HEADER = COUNT_OFFSET + 4;
    private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

    /** What a file holds: the states up to the checkpoint, the checkpoint (null before the first) and the metadata. */
    record Image(StateTable states, Checkpoint checkpoint, SortedMap<String, String> metadata) {
    }

    private SmallFile() {
    }

    /** The file that holds {@code part} of a small run in {@code directory}, for messages about damage. */
    static String files(Path directory, DamagedStoreException.Part part) {
        return (part == DamagedStoreException.Part.GRAPH ? GraphFile.NAME : RunDirectory.SMALL_FILE) + " in " + directory
                + " is";
    }

    /** The bytes of a file holding the first {@code count} states of {@code states}, {@code checkpoint} and {@code metadata}. */
    static byte[] encode(StateTable states, int count, Checkpoint checkpoint, Map<String, String> metadata) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 + count * 64);
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeLong(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(count);
            CheckpointIO.write(out, checkpoint, metadata);
            states.forEach(count, (seq, fp, parent, step, depth, snapshot) -> {
                try {
                    out.writeLong(fp);
                    out.writeLong(parent);
                    out.writeInt(step);
                    out.writeInt(depth);
                    out.writeInt(snapshot.length);
                    out.write(snapshot);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            CRC32 crc = new CRC32();
            crc.update(buf.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buf.toByteArray();
    }

    /** Reads and checks {@code file}; a missing, short, garbled or foreign file is a {@link StoreException} naming it. */
    static Image read(Path file) {
        byte[] bytes = readAll(file);
        if (bytes.length < HEADER + 8) {
            throw new StoreException(file + " is truncated: " + bytes.length + " bytes, shorter than its header");
        }
        ByteBuffer head = ByteBuffer.wrap(bytes);
        if (head.getLong() != MAGIC) {
            throw new StoreException(file + " is damaged: not an ariadne small-store file");
        }
        int version = head.getInt();
        int count = head.getInt();
        if (version != VERSION) {
            throw new StoreException(file + " says small-store format version " + version + ", but this build reads version "
                    + VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
            throw new StoreException(file + " is damaged: its checksum does not match (truncated or corrupted)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, HEADER, bytes.length - HEADER - 8))) {
            Checkpoint checkpoint = CheckpointIO.readCheckpoint(in);
            SortedMap<String, String> metadata = CheckpointIO.readMetadata(in);
            long expected = checkpoint == null ? 0 : checkpoint.discovered();
            if (count != expected) {
                throw new IOException("its checkpoint counts " + expected + " states but its header " + count);
            }
            StateTable states = new StateTable();
            for (int seq = 0; seq < count; seq++) {
                long fp = in.readLong();
                long parent = in.readLong();
                int step = in.readInt();
                int depth = in.readInt();
                byte[] snapshot = in.readNBytes(CheckpointIO.length(in.readInt(), in));
                states.add(seq, fp, parent, step, depth, snapshot, 0, snapshot.length);
            }
            if (in.available() != 0) {
                throw new IOException(in.available() + " bytes follow the last state");
            }
            return new Image(states, checkpoint, metadata);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(file + " is damaged: " + StoreException.oneLine(e));
        }
    }

    private static byte[] readAll(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = in.size();
            if (size > MAX_BYTES) {
                throw new StoreException(file + " is damaged: " + size + " bytes, more than a small store holds");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining() && in.read(buf) >= 0) {
                // until the whole file is read
            }
            return buf.array();
        } catch (NoSuchFileException e) {
            throw new StoreException(file + " is missing");
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
