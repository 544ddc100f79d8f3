package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The checkpoint record: everything needed to reopen the store exactly at its last
 * checkpoint, written as one value (so it is replaced atomically) and ended by a CRC-32
 * (so a record torn by a crash is recognised and the previous one used instead).
 *
 * @param generation  how many checkpoints came before (0 for the record written at creation)
 * @param discovered  the states that survive a reopen: those with {@code seq < discovered}
 * @param snapshots   the snapshot tiers (chunks of consecutive states), oldest first
 * @param checkpoint  the engine's checkpoint, or null before the first one
 * @param metadata    the run metadata at the checkpoint
 */
record DurableState(long generation, long discovered, List<TierInfo> snapshots,
                    Checkpoint checkpoint, SortedMap<String, String> metadata) {

    private static final int MAGIC = 0x41524350; // "ARCP"
    private static final int VERSION = 2;

    DurableState {
        snapshots = List.copyOf(snapshots);
        metadata = Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(generation);
            out.writeLong(discovered);
            writeTiers(out, snapshots);
            CheckpointIO.write(out, checkpoint, metadata);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return bytes.toByteArray();
    }

    /** Decodes a record; an {@link IllegalArgumentException} says why it is not a valid one. */
    static DurableState decode(byte[] bytes) {
        if (bytes.length < 16) {
            throw new IllegalArgumentException("record of " + bytes.length + " bytes is too short");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            in.skipNBytes(bytes.length - 8);
            if (in.readLong() != crc.getValue()) {
                throw new IllegalArgumentException("record checksum does not match");
            }
            in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a checkpoint record");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("checkpoint record version " + version + ", expected " + VERSION);
            }
            long generation = in.readLong();
            long discovered = in.readLong();
            List<TierInfo> snapshots = readTiers(in);
            Checkpoint checkpoint = CheckpointIO.readCheckpoint(in);
            SortedMap<String, String> metadata = CheckpointIO.readMetadata(in);
            if (in.available() != 0 || snapshots.isEmpty() || discovered < 0) {
                throw new IllegalArgumentException("checkpoint record is malformed");
            }
            return new DurableState(generation, discovered, snapshots, checkpoint, metadata);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("checkpoint record is malformed: " + e, e);
        }
    }

    private static void writeTiers(DataOutputStream out, List<TierInfo> tiers) throws IOException {
        out.writeInt(tiers.size());
        for (TierInfo t : tiers) {
            out.writeInt(t.index());
            out.writeLong(t.capacity());
            out.writeDouble(t.averageValueSize());
            out.writeInt(t.header().length());
            out.writeLong(t.header().crc());
            out.writeLong(t.length());
        }
    }

    private static List<TierInfo> readTiers(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IllegalArgumentException("checkpoint record is malformed (" + n + " tiers)");
        }
        List<TierInfo> tiers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = in.readInt();
            if (index != i) {
                throw new IllegalArgumentException("checkpoint record is malformed (tier " + index + " at " + i + ")");
            }
            tiers.add(new TierInfo(index, in.readLong(), in.readDouble(),
                    new MapHeader.Fingerprint(in.readInt(), in.readLong()), in.readLong()));
        }
        return tiers;
    }
}
