package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a store's files inside a run directory, and the few directory-level
 * operations the store needs (atomic rename, fsync of the directory, clean-up of
 * files left behind by a crash). See {@code docs/store.md} for the layout.
 */
public final class RunDirectory {
    /** The store-format marker, written last when a store is created. */
    public static final String FORMAT_FILE = "store.format";
    /** The small Chronicle Map holding the checkpoint record and the run metadata. */
    public static final String META_FILE = "meta.cm";
    /** The append-only array of fingerprints in discovery order. */
    public static final String ORDER_FILE = "order.dat";
    /** Locked by the live writer for its whole life. */
    public static final String LOCK_FILE = "writer.lock";
    /** Present while a writer has the store open; left behind by a crash. */
    public static final String DIRTY_MARKER = "writer.dirty";
    /** The whole store of a small run (states, metadata, checkpoint), until it grows into Chronicle files. */
    public static final String SMALL_FILE = "states.small";

    private static final String TMP_SUFFIX = ".tmp";
    private static final Pattern TIER_NAME = Pattern.compile("([a-z]+)-(\\d{4,})\\.cm");
    /** A tier file, whatever the width of its number. */
    private static final Pattern ANY_TIER = Pattern.compile(TierKind.SNAPSHOTS.prefix() + "-\\d+\\.cm");

    /** Whether {@code name} is the name of one of a store's files (and so nothing a user put there). */
    public static boolean isStoreFileName(String name) {
        return name.equals(FORMAT_FILE) || name.equals(META_FILE) || name.equals(ORDER_FILE)
                || name.equals(LOCK_FILE) || name.equals(DIRTY_MARKER) || name.equals(SMALL_FILE)
                || ANY_TIER.matcher(name).matches();
    }

    private final Path root;

    public RunDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path formatFile() {
        return root.resolve(FORMAT_FILE);
    }

    public Path metaFile() {
        return root.resolve(META_FILE);
    }

    public Path orderFile() {
        return root.resolve(ORDER_FILE);
    }

    public Path smallFile() {
        return root.resolve(SMALL_FILE);
    }

    public Path lockFile() {
        return root.resolve(LOCK_FILE);
    }

    public Path dirtyMarker() {
        return root.resolve(DIRTY_MARKER);
    }

    /** The map file of tier {@code index} of one kind, e.g. {@code snapshots-0003.cm}. */
    public Path tierFile(TierKind kind, int index) {
        return root.resolve(String.format("%s-%04d.cm", kind.prefix(), index));
    }

    /** Where a file is built before it is renamed into place, so no reader sees it half-made. */
    static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + TMP_SUFFIX);
    }

    /** The run directory {@code root} for a new store: created if missing, refused unless empty. */
    static RunDirectory createEmpty(Path root) {
        RunDirectory dir = new RunDirectory(root);
        if (!dir.isEmpty()) {
            throw new StoreException(dir + " is not empty: a new store needs an empty directory");
        }
        try {
            Files.createDirectories(dir.root());
        } catch (IOException e) {
            throw new StoreException(dir + " cannot be created: " + e.getMessage(), e);
        }
        return dir;
    }

    /** True if the directory does not exist or holds no file at all. */
    boolean isEmpty() {
        if (!Files.isDirectory(root)) {
            return !Files.exists(root);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
            return !files.iterator().hasNext();
        } catch (IOException e) {
            throw new StoreException(root + " cannot be listed: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a run directory in which a store file (or a half-built one) is a symbolic link
     * or anything but a regular file: the store writes into its files (its PID into
     * {@code writer.dirty}, states into the maps), and through a link planted there it would
     * write into whatever file the link names.
     */
    void refuseLinks() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!isStoreFileName(name) && !name.endsWith(TMP_SUFFIX)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException gone) {
                    // Renamed or deleted since the listing: a live writer's half-built tier, which
                    // the writer lock then refuses to share (found by CrashRecoveryTest).
                    continue;
                }
                if (attributes.isSymbolicLink()) {
                    throw new StoreException(file + " is a symbolic link; the files of a run directory must be "
                            + "regular files (ariadne does not follow links there)");
                }
                if (!attributes.isRegularFile()) {
                    throw new StoreException(file + " is not a regular file; the files of a run directory must be");
                }
            }
        } catch (NoSuchFileException e) {
            // no directory: the caller says so in its own words
        } catch (IOException e) {
            throw new StoreException(root + " cannot be listed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes {@code bytes} as the whole of {@code file}, durably: under a temporary name, forced,
     * then renamed into place, so a crash leaves the old file or the whole new one.
     */
    static void writeDurably(Path file, ByteBuffer bytes) {
        Path tmp = temporary(file);
        try (FileChannel ch = createFile(tmp)) {
            WriteFaults.write(ch, bytes, -1, tmp);
            WriteFaults.before(WriteFaults.Op.FORCE, tmp);
            ch.force(true); // the rename must not become durable before the data
        } catch (IOException e) {
            throw new StoreException(file + " cannot be written: " + e.getMessage(), e);
        }
        moveIntoPlace(tmp, file);
    }

    /** {@link #writeDurably}, then forces this directory so that the rename survives a crash too. */
    void replaceFile(Path file, byte[] bytes) {
        writeDurably(file, ByteBuffer.wrap(bytes));
        syncDirectory();
    }

    /** Renames {@code from} onto {@code to} atomically (readers see the old name, or the whole new file). */
    static void moveIntoPlace(Path from, Path to) {
        try {
            WriteFaults.before(WriteFaults.Op.RENAME, to);
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(to + " cannot be renamed into place: " + e.getMessage(), e);
        }
    }

    /** Tells the fault seam of a write the caller makes; a fault injected there is a {@link StoreException} naming the file. */
    static void beforeWrite(WriteFaults.Op op, Path file) {
        try {
            WriteFaults.before(op, file);
        } catch (IOException e) {
            throw new StoreException(file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** A new file (or an old one emptied) to write into, never through a link. */
    static FileChannel createFile(Path file) throws IOException {
        WriteFaults.before(WriteFaults.Op.CREATE, file);
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /** Makes renames and deletions in the directory durable. */
    void syncDirectory() {
        FileChannel dir;
        try {
            dir = FileChannel.open(root, StandardOpenOption.READ);
        } catch (IOException e) {
            return; // some file systems refuse to open a directory; the data files are forced anyway
        }
        try (dir) {
            WriteFaults.before(WriteFaults.Op.FORCE, root);
            dir.force(true);
        } catch (IOException e) {
            // A failed fsync is not retried (its pages may be dropped): the write it should make durable fails.
            throw new StoreException(root + " cannot be forced to disk: " + e.getMessage(), e);
        }
    }

    /** Deletes the half-built files ({@code *.tmp}) a crash may have left behind. */
    void deleteTemporaryFiles() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*" + TMP_SUFFIX)) {
            for (Path file : files) {
                WriteFaults.before(WriteFaults.Op.DELETE, file);
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StoreException(root + " cannot be cleaned of temporary files: " + e.getMessage(), e);
        }
    }

    /** Deletes the tier files of one kind with an index at or above {@code fromIndex}; returns how many. */
    int deleteTiersFrom(TierKind kind, int fromIndex) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, kind.prefix() + "-*.cm")) {
            for (Path file : files) {
                Matcher m = TIER_NAME.matcher(file.getFileName().toString());
                if (m.matches() && m.group(1).equals(kind.prefix()) && Integer.parseInt(m.group(2)) >= fromIndex) {
                    WriteFaults.before(WriteFaults.Op.DELETE, file);
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new StoreException(root + " cannot be cleaned of " + kind.prefix() + " tiers: " + e.getMessage(), e);
        }
        return deleted;
    }

    /**
     * Deletes the Chronicle store's files, {@code store.format} first (so that what is left is
     * never taken for a whole store): what a migration from a small store left when it
     * stopped before the Chronicle store's first checkpoint.
     */
    void deleteChronicleFiles() {
        try {
            for (String name : new String[] {FORMAT_FILE, META_FILE, ORDER_FILE}) {
                WriteFaults.before(WriteFaults.Op.DELETE, root.resolve(name));
                Files.deleteIfExists(root.resolve(name));
            }
            deleteTiersFrom(TierKind.SNAPSHOTS, 0);
            for (String glob : new String[] {"large-*.snap", "checkpoint-*.dat", "meta-*.dat"}) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(root, glob)) {
                    for (Path file : files) {
                        WriteFaults.before(WriteFaults.Op.DELETE, file);
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(root + " cannot be cleaned of an unfinished migration's files: " + e.getMessage(), e);
        }
    }

    /** The size of a file that must exist, or a {@link StoreException} saying it is missing. */
    static long requireFile(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new StoreException(file + " is missing");
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
