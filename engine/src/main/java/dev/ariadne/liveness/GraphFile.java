package dev.ariadne.liveness;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The state graph of a run with temporal properties, on disk: one record per expanded
 * state in sequence order (its predicate bits and its edges: successor fingerprint, step,
 * fair instance key). Written only by the coordinator, append-only; a checkpoint records
 * its length, and resuming cuts it back there, so it always matches the store.
 */
public final class GraphFile implements AutoCloseable {
    /** The file's name in a run directory. */
    public static final String NAME = "liveness.graph";
    static final int EDGE_BYTES = 20;

    private final Path path;
    private final boolean temporary;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private long written;
    private long records;

    private GraphFile(Path path, boolean temporary) throws IOException {
        this.path = path;
        this.temporary = temporary;
        if (Files.isSymbolicLink(path)) {
            throw new IOException("'" + path + "' is a symbolic link; a run directory's files must not be links");
        }
        WriteFaults.before(WriteFaults.Op.CREATE, path);
        this.channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        this.written = channel.size();
    }

    /** The graph of the run in {@code directory}, or of a run kept in memory (a temporary file) when it is null. */
    public static GraphFile open(Path directory) throws IOException {
        if (directory == null) {
            Path tmp = Files.createTempFile("ariadne-", ".graph");
            tmp.toFile().deleteOnExit();
            return new GraphFile(tmp, true);
        }
        return new GraphFile(directory.resolve(NAME), false);
    }

    public Path path() {
        return path;
    }

    /** Bytes written so far, buffered ones included. */
    public long length() {
        return written + buffer.position();
    }

    /** Records written so far. */
    public long records() {
        return records;
    }

    void append(long[] bits, int bitsOff, int words, long[] fps, int[] steps, long[] keys, int from, int to)
            throws IOException {
        need(4 + 8 * words);
        buffer.putInt(to - from);
        for (int w = 0; w < words; w++) {
            buffer.putLong(bits[bitsOff + w]);
        }
        for (int k = from; k < to; k++) {
            need(EDGE_BYTES);
            buffer.putLong(fps[k]).putInt(steps[k]).putLong(keys[k]);
        }
        records++;
    }

    private void need(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            drain();
        }
    }

    private void drain() throws IOException {
        buffer.flip();
        try {
            WriteFaults.write(channel, buffer, written, path);
        } finally {
            // What reached the file counts, so that a retry writes only the rest.
            written += buffer.position();
            buffer.compact();
        }
    }

    /** Makes everything appended durable: called before a checkpoint names this length. */
    public void sync() throws IOException {
        drain();
        WriteFaults.before(WriteFaults.Op.FORCE, path);
        channel.force(false);
    }

    /** Cuts the file back to what a checkpoint recorded: {@code length} bytes holding {@code records} records. */
    public void truncate(long length, long records) throws IOException {
        drain();
        if (channel.size() < length) {
            throw new IOException("'" + path + "' has " + channel.size() + " bytes, fewer than the " + length
                    + " its last checkpoint recorded");
        }
        WriteFaults.before(WriteFaults.Op.DELETE, path);
        channel.truncate(length);
        written = length;
        this.records = records;
    }

    /** Reads the whole graph, from the start: {@code sink} gets each record in order. */
    public void read(RecordSink sink, int words) throws IOException {
        drain();
        int size = (int) Math.max(64 + 8L * words + EDGE_BYTES, Math.min(1 << 22, written));
        ByteBuffer in = ByteBuffer.allocateDirect(size).order(ByteOrder.LITTLE_ENDIAN);
        long pos = 0;
        long[] bits = new long[words];
        long seq = 0;
        in.limit(0);
        while (pos < written || in.hasRemaining()) {
            if (in.remaining() < 4 + 8 * words) {
                pos = refill(in, pos);
            }
            int n = in.getInt();
            for (int w = 0; w < words; w++) {
                bits[w] = in.getLong();
            }
            sink.begin(seq, bits, n);
            for (int k = 0; k < n; k++) {
                if (in.remaining() < EDGE_BYTES) {
                    pos = refill(in, pos);
                }
                sink.edge(seq, in.getLong(), in.getInt(), in.getLong());
            }
            seq++;
        }
    }

    private long refill(ByteBuffer in, long pos) throws IOException {
        in.compact();
        while (in.hasRemaining() && pos < written) {
            int r = channel.read(in, pos);
            if (r < 0) {
                break;
            }
            pos += r;
        }
        in.flip();
        return pos;
    }

    /** Receives the records of a graph file. */
    public interface RecordSink {
        void begin(long seq, long[] bits, int edges);

        void edge(long seq, long fp, int step, long key);
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            channel.close();
            if (temporary) {
                Files.deleteIfExists(path);
            }
        }
    }
}
