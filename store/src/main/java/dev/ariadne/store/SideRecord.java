package dev.ariadne.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A checkpoint record too large for an entry of {@code meta.cm} (a very deep run's level
 * starts, many violations with long messages), kept in a file of its own,
 * {@code checkpoint-GENERATION.dat}, and named in its slot by a small pointer with its
 * length and CRC-32. The file is forced and renamed into place before the pointer is
 * written, so a crash leaves either slot whole, as with a record kept inline; a file no
 * slot names any more is deleted.
 */
final class SideRecord {
    /** Records up to this size stay inline in {@code meta.cm}. */
    static final int INLINE_BYTES = 256 << 10;
    private static final int MAGIC = 0x41524346; // "ARCF"
    private static final int POINTER_BYTES = 4 + 8 + 4 + 8;
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d+)\\.dat");

    private SideRecord() {
    }

    static Path file(Path dir, long generation) {
        return dir.resolve("checkpoint-" + generation + ".dat");
    }

    /** Writes {@code record} to its file (durably) and returns the pointer to put in its slot. */
    static byte[] write(RunDirectory dir, long generation, byte[] record) {
        Path file = file(dir.root(), generation);
        Path tmp = RunDirectory.temporary(file);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(record);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException(file + " cannot be written: " + e.getMessage(), e);
        }
        RunDirectory.moveIntoPlace(tmp, file);
        dir.syncDirectory();
        return ByteBuffer.allocate(POINTER_BYTES).putInt(MAGIC).putLong(generation).putInt(record.length)
                .putLong(crc(record)).array();
    }

    static boolean isPointer(byte[] slot) {
        return slot.length == POINTER_BYTES && ByteBuffer.wrap(slot).getInt() == MAGIC;
    }

    /** The record a pointer names; an {@link IllegalArgumentException} if its file is missing, short or garbled. */
    static byte[] read(Path dir, byte[] pointer) {
        ByteBuffer p = ByteBuffer.wrap(pointer);
        p.getInt();
        long generation = p.getLong();
        int length = p.getInt();
        long crc = p.getLong();
        Path file = file(dir, generation);
        byte[] record;
        try {
            record = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file.getFileName() + " is missing");
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + " cannot be read: " + e.getMessage());
        }
        if (record.length != length || crc(record) != crc) {
            throw new IllegalArgumentException(file.getFileName() + " is damaged (" + record.length + " bytes, "
                    + length + " expected, or its CRC differs)");
        }
        return record;
    }

    /** Deletes the files of generations before {@code oldestKept}: neither slot names them. */
    static void deleteBefore(RunDirectory dir, long oldestKept) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir.root(), "checkpoint-*.dat")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Long.parseLong(m.group(1)) < oldestKept) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // an old file left behind costs only space
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }
}
