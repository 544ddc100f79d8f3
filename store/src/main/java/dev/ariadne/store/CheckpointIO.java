package dev.ariadne.store;

import dev.ariadne.storage.Checkpoint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The engine's checkpoint and the run metadata as both kinds of store write them: in the
 * Chronicle store's checkpoint record ({@link DurableState}) and in a small run's file
 * ({@link SmallFile}).
 */
final class CheckpointIO {
    private CheckpointIO() {
    }

    /** The checkpoint (or its absence) and then the metadata. */
    static void write(DataOutputStream out, Checkpoint checkpoint, Map<String, String> metadata) throws IOException {
        out.writeBoolean(checkpoint != null);
        if (checkpoint != null) {
            out.writeLong(checkpoint.expanded());
            out.writeLong(checkpoint.discovered());
            out.writeLong(checkpoint.generated());
            out.writeInt(checkpoint.depth());
            out.writeLong(checkpoint.elapsedMillis());
            writeString(out, checkpoint.state());
        }
        out.writeInt(metadata.size());
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    /** The checkpoint {@link #write} wrote, or null if it wrote none. */
    static Checkpoint readCheckpoint(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new Checkpoint(in.readLong(), in.readLong(), in.readLong(), in.readInt(), in.readLong(), readString(in));
    }

    /** The metadata {@link #write} wrote after the checkpoint. */
    static SortedMap<String, String> readMetadata(DataInputStream in) throws IOException {
        SortedMap<String, String> metadata = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            metadata.put(readString(in), readString(in));
        }
        return metadata;
    }

    /** A length that must fit in what is left of {@code in}. */
    static int length(int n, DataInputStream in) throws IOException {
        if (n < 0 || n > in.available()) {
            throw new IOException("a length of " + n + " bytes runs past the end");
        }
        return n;
    }

    /** Length-prefixed UTF-8 (writeUTF stops at 64 KB), -1 for null. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n == -1 ? null : new String(in.readNBytes(length(n, in)), StandardCharsets.UTF_8);
    }
}
