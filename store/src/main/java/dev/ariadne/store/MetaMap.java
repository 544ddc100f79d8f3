package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;
import net.openhft.chronicle.hash.ChronicleHashCorruption;
import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.chronicle.map.ChronicleMapBuilder;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code meta.cm}: a small Chronicle Map ({@code String -> bytes}) holding the checkpoint
 * record and the run metadata.
 *
 * <p>The record alternates between two slots, {@code checkpoint.0} and {@code checkpoint.1}
 * (generation parity): a crash while one is being written leaves the other, the previous
 * checkpoint, intact, and the CRC inside the record tells a torn one from a whole one. The
 * metadata is also kept live under {@code meta:KEY}, so readers in other processes see it
 * before the next checkpoint; reopening restores it to the record's copy.
 */
final class MetaMap implements AutoCloseable {
    private static final String SLOT = "checkpoint.";
    private static final String META = "meta:";

    private final Path file;
    private final ChronicleMap<String, byte[]> map;
    private final FileChannel channel;
    private final MapHeader.Fingerprint header;

    private MetaMap(Path file, ChronicleMap<String, byte[]> map, FileChannel channel, MapHeader.Fingerprint header) {
        this.file = file;
        this.map = map;
        this.channel = channel;
        this.header = header;
    }

    static ChronicleMapBuilder<String, byte[]> builder() {
        ChronicleRuntime.prepare();
        return ChronicleMapBuilder.of(String.class, byte[].class)
                .name(RunDirectory.META_FILE)
                .entries(1024)
                .averageKeySize(24)
                .averageValueSize(4096)
                .maxBloatFactor(4)
                .sparseFile(true)
                .putReturnsNull(true)
                .removeReturnsNull(true);
    }

    /** Creates an empty metadata map (built under a temporary name, then renamed into place). */
    static MetaMap create(RunDirectory dir) {
        Path file = dir.metaFile();
        Path tmp = RunDirectory.temporary(file);
        ChronicleMap<String, byte[]> map = null;
        FileChannel channel = null;
        try {
            WriteFaults.before(WriteFaults.Op.DELETE, tmp);
            Files.deleteIfExists(tmp);
            WriteFaults.before(WriteFaults.Op.CREATE, tmp);
            builder().createPersistedTo(tmp.toFile()).close();
            RunDirectory.moveIntoPlace(tmp, file);
            // Reopened under its final name (see Tier.create).
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            MapHeader.Fingerprint header = MapHeader.read(channel, file);
            map = Tier.openMap(builder(), channel, file, false, null);
            return new MetaMap(file, map, channel, header);
        } catch (IOException | RuntimeException e) {
            Resources.closeMapAndChannel(map, channel);
            throw StoreException.wrap(file + " cannot be created", e);
        }
    }

    /** Opens (recovering after a crash) the metadata map, checked against {@code store.format}. */
    static MetaMap open(RunDirectory dir, StoreFormat format, boolean recover, ChronicleHashCorruption.Listener listener) {
        Path file = dir.metaFile();
        FileChannel channel = Tier.openChannel(file, true);
        ChronicleMap<String, byte[]> map = null;
        try {
            MapHeader.verify(channel, file, format.metaHeader(), format.metaLength());
            map = Tier.openMap(builder(), channel, file, recover || !MapHeader.isReady(channel, file), listener);
            return new MetaMap(file, map, channel, format.metaHeader());
        } catch (RuntimeException e) {
            Resources.closeMapAndChannel(map, channel);
            throw e;
        }
    }

    /** Opens the metadata map read-only for a reader process. */
    static MetaMap openForReading(RunDirectory dir, StoreFormat format) {
        Path file = dir.metaFile();
        FileChannel channel = Tier.openChannel(file, false);
        ChronicleMap<String, byte[]> map = null;
        try {
            MapHeader.verify(channel, file, format.metaHeader(), format.metaLength());
            if (!MapHeader.isReady(channel, file)) {
                throw new StoreException(file + " is not ready: its writer is recovering it or died");
            }
            map = Tier.openMap(builder(), channel, file, false, null);
            return new MetaMap(file, map, channel, format.metaHeader());
        } catch (RuntimeException e) {
            Resources.closeMapAndChannel(map, channel);
            throw e;
        }
    }

    MapHeader.Fingerprint header() {
        return header;
    }

    long length() {
        try {
            return channel.size();
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The newest whole checkpoint record of the two slots. */
    DurableState latest() {
        DurableState best = null;
        List<String> problems = new ArrayList<>();
        for (int slot = 0; slot < 2; slot++) {
            byte[] bytes = map.get(SLOT + slot);
            if (bytes == null) {
                continue;
            }
            try {
                if (SideRecord.isPointer(bytes)) {
                    bytes = SideRecord.read(file.getParent(), bytes);
                }
                DurableState state = DurableState.decode(bytes);
                if ((state.generation() & 1) != slot) {
                    throw new IllegalArgumentException("record of generation " + state.generation() + " in slot " + slot);
                }
                if (best == null || state.generation() > best.generation()) {
                    best = state;
                }
            } catch (IllegalArgumentException e) {
                problems.add("slot " + slot + ": " + e.getMessage());
            }
        }
        if (best == null) {
            throw new StoreException(file + " holds no valid checkpoint record"
                    + (problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")"));
        }
        return best;
    }

    /** Writes a record into its slot (a large one into a file of its own, {@link SideRecord}) and forces it to disk. */
    void write(DurableState state) {
        byte[] bytes = state.encode();
        RunDirectory dir = new RunDirectory(file.getParent());
        if (bytes.length > SideRecord.INLINE_BYTES) {
            bytes = SideRecord.write(dir, state.generation(), bytes);
        }
        RunDirectory.beforeWrite(WriteFaults.Op.PUT, file);
        map.put(SLOT + (state.generation() & 1), bytes);
        force();
        SideRecord.deleteBefore(dir, state.generation() - 1); // the other slot holds the generation before
    }

    void force() {
        try {
            WriteFaults.before(WriteFaults.Op.FORCE, file);
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException(file + " cannot be forced to disk: " + e.getMessage(), e);
        }
    }

    void putMetadata(String key, String value) {
        RunDirectory dir = new RunDirectory(file.getParent());
        RunDirectory.beforeWrite(WriteFaults.Op.PUT, file);
        if (value == null) {
            map.remove(META + key);
            SideRecord.deleteValue(dir, key);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > SideRecord.INLINE_BYTES) {
            map.put(META + key, SideRecord.writeValue(dir, key, bytes));
        } else {
            map.put(META + key, bytes);
            SideRecord.deleteValue(dir, key);
        }
    }

    String metadata(String key) {
        byte[] value = map.get(META + key);
        if (value != null && SideRecord.isValuePointer(value)) {
            value = SideRecord.readValue(file.getParent(), value);
        }
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** Makes the live metadata equal to {@code wanted} (rollback to a checkpoint). */
    void replaceMetadata(Map<String, String> wanted) {
        List<String> stale = new ArrayList<>();
        map.forEachEntry(e -> {
            String key = e.key().get();
            if (key.startsWith(META) && !wanted.containsKey(key.substring(META.length()))) {
                stale.add(key);
            }
        });
        for (String key : stale) {
            RunDirectory.beforeWrite(WriteFaults.Op.PUT, file);
            map.remove(key);
        }
        wanted.forEach(this::putMetadata);
    }

    @Override
    public void close() {
        Resources.closeMapAndChannel(map, channel);
    }
}
