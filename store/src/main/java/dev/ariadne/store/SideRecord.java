package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A checkpoint record too large for an entry of {@code meta.cm} (a very deep run's level
 * starts, many violations with long messages), kept in a file of its own,
 * {@code checkpoint-GENERATION.dat}, and named in its slot by a small pointer with its
 * length and CRC-32. The file is forced and renamed into place before the pointer is
 * written, so a crash leaves either slot whole, as with a record kept inline; a file no
 * slot names any more is deleted. A large metadata value (the saved violations) is kept
 * the same way, in {@code meta-KEY.dat}.
 */
final class SideRecord {
    /** Records up to this size stay inline in {@code meta.cm}. */
    static final int INLINE_BYTES = 256 << 10;
    private static final int MAGIC = 0x41524346; // "ARCF"
    private static final int VALUE_MAGIC = 0xFFA55346;
    private static final int POINTER_BYTES = 4 + 8 + 4 + 8;
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d+)\\.dat");

    private SideRecord() {
    }

    static Path file(Path dir, long generation) {
        return dir.resolve("checkpoint-" + generation + ".dat");
    }

    /** Writes {@code record} to its file (durably) and returns the pointer to put in its slot. */
    static byte[] write(RunDirectory dir, long generation, byte[] record) {
        dir.replaceFile(file(dir.root(), generation), record);
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
                    WriteFaults.before(WriteFaults.Op.DELETE, f);
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // an old file left behind costs only space
        }
    }

    /** A metadata value too large for an entry of {@code meta.cm}: written to {@code meta-KEY.dat}, named by a pointer. */
    static byte[] writeValue(RunDirectory dir, String key, byte[] value) {
        byte[] name = valueFile(dir.root(), key).getFileName().toString().getBytes(StandardCharsets.UTF_8);
        dir.replaceFile(valueFile(dir.root(), key), value);
        return ByteBuffer.allocate(4 + 4 + 8 + name.length).putInt(VALUE_MAGIC).putInt(value.length)
                .putLong(crc(value)).put(name).array();
    }

    /** Whether a value of {@code meta.cm} is a pointer to a file: its first byte, 0xFF, never starts UTF-8 text. */
    static boolean isValuePointer(byte[] value) {
        return value.length >= 16 && ByteBuffer.wrap(value).getInt() == VALUE_MAGIC;
    }

    /** The value a pointer names; a {@link StoreException} if its file is missing, short or garbled. */
    static byte[] readValue(Path dir, byte[] pointer) {
        ByteBuffer p = ByteBuffer.wrap(pointer);
        p.getInt();
        int length = p.getInt();
        long crc = p.getLong();
        Path file = dir.resolve(new String(pointer, p.position(), p.remaining(), StandardCharsets.UTF_8));
        try {
            byte[] value = Files.readAllBytes(file);
            if (value.length != length || crc(value) != crc) {
                throw new StoreException(file + " is damaged (" + value.length + " bytes, " + length
                        + " expected, or its CRC differs)");
            }
            return value;
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Deletes the file of a metadata value that is gone or small again. */
    static void deleteValue(RunDirectory dir, String key) {
        try {
            WriteFaults.before(WriteFaults.Op.DELETE, valueFile(dir.root(), key));
            Files.deleteIfExists(valueFile(dir.root(), key));
        } catch (IOException e) {
            // an old file left behind costs only space
        }
    }

    private static Path valueFile(Path dir, String key) {
        return dir.resolve("meta-" + key.replaceAll("[^A-Za-z0-9._-]", "_") + ".dat");
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }
}
