package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The order of discovery, {@code seq -> fp}: a flat, append-only file of little-endian
 * longs after a one-page header, memory-mapped in 8 MB chunks. Sequence numbers are dense,
 * so the fingerprint of {@code seq} sits at a computed offset (8 bytes a state, one read,
 * no hashing), rollback is resetting a counter, and reading it in order is sequential.
 *
 * <p>The header holds two counters, both written with volatile semantics: {@code appended}
 * is raised <em>before</em> a state's maps are written, so recovery knows every
 * fingerprint that may have reached a map; {@code published} is raised after, so a reader
 * (in any process) that sees {@code seq < published} finds the state in every map.
 */
final class OrderFile implements AutoCloseable {
    static final int HEADER_BYTES = 4096;
    private static final long MAGIC = 0x3152444f_4e445241L; // "ARDNODR1" read as a little-endian long
    private static final int VERSION = 1;
    private static final int OFF_MAGIC = 0;
    private static final int OFF_VERSION = 8;
    private static final int OFF_CRC = 12;
    private static final int OFF_APPENDED = 64;
    /** Where the header keeps the published count (tests read it from outside: StoreFiles). */
    static final int OFF_PUBLISHED = 128;
    private static final int CHUNK_SHIFT = 20;
    private static final long CHUNK_BYTES = 8L << CHUNK_SHIFT;
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;
    private static final VarHandle LONGS =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final Path file;
    private final FileChannel channel;
    private final boolean writable;
    private final MappedByteBuffer header;
    /** Mapped chunks; replaced (never mutated) when a chunk is added, so readers need no lock. */
    private volatile MappedByteBuffer[] chunks = new MappedByteBuffer[0];
    /** The first chunk written since the last {@link #force()} (writer only). */
    private int firstDirtyChunk = Integer.MAX_VALUE;

    private OrderFile(Path file, FileChannel channel, boolean writable, MappedByteBuffer header) {
        this.file = file;
        this.channel = channel;
        this.writable = writable;
        this.header = header;
    }

    /** Creates an empty order file (via a temporary file renamed into place). */
    static OrderFile create(Path file) {
        Path tmp = RunDirectory.temporary(file);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            head.putLong(OFF_MAGIC, MAGIC).putInt(OFF_VERSION, VERSION).putInt(OFF_CRC, headerCrc(head));
            WriteFaults.write(ch, head, 0, tmp);
            WriteFaults.before(WriteFaults.Op.FORCE, tmp);
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException(tmp + " cannot be created: " + e.getMessage(), e);
        }
        RunDirectory.moveIntoPlace(tmp, file);
        return open(file, true);
    }

    /** Opens and checks an order file; a reader maps it read-only. */
    static OrderFile open(Path file, boolean writable) {
        long size = RunDirectory.requireFile(file);
        if (size < HEADER_BYTES) {
            throw new StoreException(file + " is truncated: " + size + " bytes, shorter than its " + HEADER_BYTES + "-byte header");
        }
        FileChannel channel = null;
        try {
            channel = writable
                    ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                    : FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            MappedByteBuffer header = channel.map(writable ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY,
                    0, HEADER_BYTES);
            header.order(ByteOrder.LITTLE_ENDIAN);
            OrderFile order = new OrderFile(file, channel, writable, header);
            order.check();
            return order;
        } catch (IOException e) {
            Resources.closeQuietly(channel);
            throw new StoreException(file + " cannot be opened: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Resources.closeQuietly(channel);
            throw e;
        }
    }

    private void check() throws IOException {
        if (header.getLong(OFF_MAGIC) != MAGIC || header.getInt(OFF_CRC) != headerCrc(header)) {
            throw new StoreException(file + " has a damaged header (not an ariadne order file, or corrupted)");
        }
        if (header.getInt(OFF_VERSION) != VERSION) {
            throw new StoreException(file + " has order-file version " + header.getInt(OFF_VERSION) + ", expected " + VERSION);
        }
        long appended = appended();
        long published = published();
        // The size is read after the counters: a live writer grows the file before it raises them.
        long room = (channel.size() - HEADER_BYTES) / Long.BYTES;
        if (appended < 0 || published < 0 || published > appended) {
            throw new StoreException(file + " has a damaged header (counters " + published + "/" + appended + ")");
        }
        if (appended > room) {
            throw new StoreException(file + " is truncated: its header counts " + appended
                    + " states but the file holds only " + room);
        }
    }

    private static int headerCrc(ByteBuffer head) {
        CRC32 crc = new CRC32();
        crc.update(head.duplicate().position(0).limit(OFF_CRC));
        return (int) crc.getValue();
    }

    Path file() {
        return file;
    }

    /** States whose fingerprint may have been written to a map (recovery's upper bound). */
    long appended() {
        return (long) LONGS.getVolatile(header, OFF_APPENDED);
    }

    /** States fully written to every map (a reader's {@code size()}). */
    long published() {
        return (long) LONGS.getAcquire(header, OFF_PUBLISHED);
    }

    /** Writes the fingerprint of {@code seq}, then raises {@code appended} past it. */
    void append(long seq, long fp) {
        int c = (int) (seq >>> CHUNK_SHIFT);
        MappedByteBuffer chunk = chunk(c);
        chunk.putLong((int) (seq & CHUNK_MASK) << 3, fp);
        firstDirtyChunk = Math.min(firstDirtyChunk, c);
        // Volatile, not release: the map writes that follow must not become visible first.
        LONGS.setVolatile(header, OFF_APPENDED, seq + 1);
    }

    /** Makes the states below {@code n} visible to readers. */
    void publish(long n) {
        LONGS.setRelease(header, OFF_PUBLISHED, n);
    }

    /** Forgets every state at or after {@code n} (rollback). */
    void truncate(long n) {
        LONGS.setVolatile(header, OFF_PUBLISHED, n);
        LONGS.setVolatile(header, OFF_APPENDED, n);
    }

    /** The fingerprint of {@code seq}; the caller checks {@code seq} against a counter. */
    long get(long seq) {
        return chunk((int) (seq >>> CHUNK_SHIFT)).getLong((int) (seq & CHUNK_MASK) << 3);
    }

    private MappedByteBuffer chunk(int c) {
        MappedByteBuffer[] mapped = chunks;
        if (c < mapped.length && mapped[c] != null) {
            return mapped[c];
        }
        return mapChunk(c);
    }

    private synchronized MappedByteBuffer mapChunk(int c) {
        MappedByteBuffer[] mapped = chunks;
        if (c < mapped.length && mapped[c] != null) {
            return mapped[c];
        }
        long start = HEADER_BYTES + c * CHUNK_BYTES;
        try {
            if (channel.size() < start + CHUNK_BYTES) {
                if (!writable) {
                    // Mapping past the end and reading would kill the JVM with SIGBUS.
                    throw new StoreException(file + " is truncated: " + channel.size()
                            + " bytes, chunk " + c + " needs " + (start + CHUNK_BYTES));
                }
                // Writing the last byte grows the file sparsely: pages are allocated when written.
                WriteFaults.write(channel, ByteBuffer.allocate(1), start + CHUNK_BYTES - 1, file);
            }
            MappedByteBuffer chunk = channel.map(writable ? FileChannel.MapMode.READ_WRITE : FileChannel.MapMode.READ_ONLY,
                    start, CHUNK_BYTES);
            chunk.order(ByteOrder.LITTLE_ENDIAN);
            MappedByteBuffer[] grown = Arrays.copyOf(mapped, Math.max(mapped.length, c + 1));
            grown[c] = chunk;
            chunks = grown;
            return chunk;
        } catch (IOException e) {
            throw new StoreException(file + " cannot be mapped: " + e.getMessage(), e);
        }
    }

    /** Forces the chunks written since the last call, then the header, to disk. */
    void force() {
        MappedByteBuffer[] mapped = chunks;
        try {
            WriteFaults.before(WriteFaults.Op.FORCE, file);
            for (int c = firstDirtyChunk; c < mapped.length; c++) {
                if (mapped[c] != null) {
                    mapped[c].force();
                }
            }
            header.force();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new StoreException(file + " cannot be forced to disk: " + e.getMessage(), e);
        }
        firstDirtyChunk = Integer.MAX_VALUE;
    }

    /**
     * Closes the channel. The mappings are left to the garbage collector: unmapping them
     * by hand would crash the JVM if another thread still read one.
     */
    @Override
    public void close() {
        Resources.closeQuietly(channel);
    }
}
