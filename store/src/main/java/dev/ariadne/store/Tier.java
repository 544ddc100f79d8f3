package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;
import net.openhft.chronicle.hash.ChronicleHashCorruption;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;
import net.openhft.chronicle.map.ExternalMapQueryContext;
import net.openhft.chronicle.map.MapAbsentEntry;
import net.openhft.chronicle.map.MapEntry;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * One Chronicle Map file of a tiered map ({@code snapshots-0003.cm}, ...), with the file
 * channel the store keeps open beside it to check its header and force it to disk.
 *
 * <p>That channel stays open as long as the map: closing any descriptor of a file drops
 * every lock this process holds on it (POSIX), including the one Chronicle took.
 */
final class Tier implements AutoCloseable {
    final TierKind kind;
    final int index;
    final Path file;
    final long capacity;
    final double averageValueSize;
    final MapHeader.Fingerprint header;
    private final ChronicleMap<Long, byte[]> map;
    private final FileChannel channel;
    /** Entries and value bytes written to this tier (writer only): when to roll over. */
    long entries;
    long valueBytes;

    private Tier(TierKind kind, int index, Path file, long capacity, double averageValueSize,
                 MapHeader.Fingerprint header, ChronicleMap<Long, byte[]> map, FileChannel channel) {
        this.kind = kind;
        this.index = index;
        this.file = file;
        this.capacity = capacity;
        this.averageValueSize = averageValueSize;
        this.header = header;
        this.map = map;
        this.channel = channel;
        this.entries = map.longSize();
        this.valueBytes = (long) (entries * averageValueSize);
    }

    /** Creates a new, empty tier file: built under a temporary name, then renamed into place. */
    static Tier create(RunDirectory dir, TierKind kind, int index, long capacity, double averageValueSize) {
        Path file = dir.tierFile(kind, index);
        Path tmp = RunDirectory.temporary(file);
        ChronicleMap<Long, byte[]> map = null;
        FileChannel channel = null;
        ChronicleMapBuilder<Long, byte[]> builder = kind.builder(file.getFileName().toString(), capacity, averageValueSize);
        try {
            WriteFaults.before(WriteFaults.Op.DELETE, tmp);
            Files.deleteIfExists(tmp);
            WriteFaults.before(WriteFaults.Op.CREATE, tmp);
            builder.createPersistedTo(tmp.toFile()).close();
            RunDirectory.moveIntoPlace(tmp, file);
            // Reopened under its final name: Chronicle shares one descriptor and one shared
            // lock per file name in a JVM, so a reader in this JVM can open it too.
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            MapHeader.Fingerprint header = MapHeader.read(channel, file);
            map = openMap(builder, channel, file, false, null);
            return new Tier(kind, index, file, capacity, averageValueSize, header, map, channel);
        } catch (IOException | RuntimeException e) {
            Resources.closeMapAndChannel(map, channel);
            throw StoreException.wrap(file + " cannot be created", e);
        }
    }

    /**
     * Opens a tier the checkpoint record knows, after checking its length and header.
     * With {@code recover}, Chronicle's recovery runs (the previous writer crashed): it
     * needs exclusive access, so a file still open in another process is refused rather
     * than waited for.
     */
    static Tier open(RunDirectory dir, TierKind kind, TierInfo info, boolean recover,
                     ChronicleHashCorruption.Listener listener) {
        Path file = dir.tierFile(kind, info.index());
        ChronicleMapBuilder<Long, byte[]> builder =
                kind.builder(file.getFileName().toString(), info.capacity(), info.averageValueSize());
        FileChannel channel = openChannel(file, true);
        ChronicleMap<Long, byte[]> map = null;
        try {
            MapHeader.verify(channel, file, info.header(), info.length());
            // A file left half-recovered by an earlier crash can only be opened by recovery.
            map = openMap(builder, channel, file, recover || !MapHeader.isReady(channel, file), listener);
            return new Tier(kind, info.index(), file, info.capacity(), info.averageValueSize(), info.header(), map, channel);
        } catch (RuntimeException e) {
            Resources.closeMapAndChannel(map, channel);
            throw e;
        }
    }

    /** Opens a tier read-only for a reader process (whatever the writer is doing meanwhile). */
    static Tier openForReading(RunDirectory dir, TierKind kind, int index) {
        Path file = dir.tierFile(kind, index);
        FileChannel channel = openChannel(file, false);
        ChronicleMap<Long, byte[]> map = null;
        try {
            MapHeader.Fingerprint header = MapHeader.read(channel, file);
            if (!MapHeader.isReady(channel, file)) {
                // Chronicle would wait a minute for it; the writer is recovering or died creating it.
                throw new StoreException(file + " is not ready: its writer is recovering it or died");
            }
            map = openMap(kind.builder(file.getFileName().toString(), 1024, 64), channel, file, false, null);
            return new Tier(kind, index, file, 0, 0, header, map, channel);
        } catch (RuntimeException e) {
            Resources.closeMapAndChannel(map, channel);
            throw e;
        }
    }

    /** Opens (or recovers) any of the store's Chronicle files once its header has been checked. */
    static <K> ChronicleMap<K, byte[]> openMap(ChronicleMapBuilder<K, byte[]> builder, FileChannel channel, Path file,
                                               boolean recover, ChronicleHashCorruption.Listener listener) {
        try {
            if (recover) {
                refuseIfOpenElsewhere(channel, file);
                if (!MapHeader.isReady(channel, file)) {
                    MapHeader.markReady(channel, file);
                }
                return builder.recoverPersistedTo(file.toFile(), true, listener);
            }
            return builder.createPersistedTo(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw StoreException.wrap(file + " cannot be " + (recover ? "recovered" : "opened"), e);
        }
    }

    /** Recovery takes an exclusive lock and would block forever behind a live reader. */
    private static void refuseIfOpenElsewhere(FileChannel channel, Path file) throws IOException {
        FileLock probe;
        try {
            probe = channel.tryLock(0, Long.MAX_VALUE, false);
        } catch (OverlappingFileLockException e) {
            throw new StoreException(file + " is open elsewhere in this process; close its readers first");
        }
        if (probe == null) {
            throw new StoreException(file + " is open in another process (a reader left over from a crashed writer?); stop it first");
        }
        probe.release();
    }

    static FileChannel openChannel(Path file, boolean writable) {
        RunDirectory.requireFile(file);
        try {
            return writable
                    ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)
                    : FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new StoreException(file + " cannot be opened: " + e.getMessage(), e);
        }
    }

    byte[] get(long fp) {
        return map.get(fp);
    }

    void put(long fp, ByteSlice value) {
        RunDirectory.beforeWrite(WriteFaults.Op.PUT, file);
        // map.put(fp, value) would copy the value through Chronicle's slow heap wrapper: see ArrayValue
        try (ExternalMapQueryContext<Long, byte[], ?> c = map.queryContext(fp)) {
            c.updateLock().lock();
            MapEntry<Long, byte[]> e = c.entry();
            if (e != null) {
                e.doReplaceValue(new ArrayValue(value));
            } else {
                MapAbsentEntry<Long, byte[]> absent = c.absentEntry();
                absent.doInsert(new ArrayValue(value));
            }
        }
    }

    void remove(long fp) {
        RunDirectory.beforeWrite(WriteFaults.Op.PUT, file);
        map.remove(fp);
    }

    long size() {
        return map.longSize();
    }

    /** Chronicle's segments in this file ({@link TierKind#SEGMENTS} for a tier this store created). */
    int segments() {
        return map.segments();
    }

    /** Visits every entry; the consumer may remove the entry it is given ({@code doRemove}). */
    void forEachEntry(Consumer<? super MapEntry<Long, byte[]>> action) {
        map.forEachEntry(action);
    }

    /** True if the next value of {@code length} bytes should go to a new tier. */
    boolean full(int length) {
        if (entries >= capacity) {
            return true;
        }
        return kind == TierKind.SNAPSHOTS && valueBytes + length > capacity * averageValueSize;
    }

    /** Forces the file's dirty pages (written through the mapping) to disk. */
    void force() {
        try {
            WriteFaults.before(WriteFaults.Op.FORCE, file);
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException(file + " cannot be forced to disk: " + e.getMessage(), e);
        }
    }

    TierInfo info() {
        try {
            return new TierInfo(index, capacity, averageValueSize, header, channel.size());
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Closes the map, then the channel (in that order, for the reason in the class comment). */
    @Override
    public void close() {
        Resources.closeMapAndChannel(map, channel);
    }
}
