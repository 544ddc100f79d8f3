package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Reads and checks the self-bootstrapping header of a Chronicle Map file before Chronicle
 * maps it, so a truncated or corrupted file is reported as a {@link StoreException}
 * instead of being "repaired" from the builder's configuration by recovery, waited on for
 * a minute, or mapped past its end.
 *
 * <p>The layout (Chronicle Map spec, "memory layout"): 8 bytes of xxHash of the header,
 * a little-endian size word at offset 8 (bit 31 set while the map is not ready, the low 30
 * bits the header length), then the header text from offset 12. The header never changes
 * after creation, except the readiness bit, which recovery clears and sets again.
 */
final class MapHeader {
    private static final int SIZE_WORD_OFFSET = 8;
    private static final int BODY_OFFSET = 12;
    private static final int SIZE_MASK = (1 << 30) - 1;
    private static final int MAX_LENGTH = 1 << 20;

    private MapHeader() {
    }

    /** What identifies an intact header: its length and a CRC-32 of its checksum and text. */
    record Fingerprint(int length, long crc) {
        String encode() {
            return length + ":" + Long.toHexString(crc);
        }

        static Fingerprint parse(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("not a header fingerprint: " + text);
            }
            return new Fingerprint(Integer.parseInt(text.substring(0, colon)),
                    Long.parseLong(text.substring(colon + 1), 16));
        }
    }

    /** Reads the header of {@code file} through {@code channel} and fingerprints it. */
    static Fingerprint read(FileChannel channel, Path file) {
        try {
            long size = channel.size();
            if (size < BODY_OFFSET) {
                throw new StoreException(file + " is truncated: " + size + " bytes, shorter than a map header");
            }
            ByteBuffer head = readAt(channel, 0, BODY_OFFSET);
            int sizeWord = head.getInt(SIZE_WORD_OFFSET);
            int length = sizeWord & SIZE_MASK;
            if (length == 0 || length > MAX_LENGTH || BODY_OFFSET + (long) length > size) {
                throw new StoreException(file + " has a damaged map header (size word 0x"
                        + Integer.toHexString(sizeWord) + " in a file of " + size + " bytes)");
            }
            ByteBuffer body = readAt(channel, BODY_OFFSET, length);
            CRC32 crc = new CRC32();
            crc.update(head.array(), 0, SIZE_WORD_OFFSET);
            crc.update(body.array(), 0, length);
            return new Fingerprint(length, crc.getValue());
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code file} is at least {@code minLength} bytes long and that its header
     * is the one recorded when it was created.
     */
    static void verify(FileChannel channel, Path file, Fingerprint expected, long minLength) {
        long size;
        try {
            size = channel.size();
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
        if (size < minLength) {
            throw new StoreException(file + " is truncated: " + size + " bytes, expected at least " + minLength);
        }
        Fingerprint actual = read(channel, file);
        if (!actual.equals(expected)) {
            throw new StoreException(file + " has a damaged map header (checksum " + actual.encode()
                    + ", expected " + expected.encode() + ")");
        }
    }

    /** False if the file was being created or recovered when its writer died. */
    static boolean isReady(FileChannel channel, Path file) {
        try {
            return readAt(channel, SIZE_WORD_OFFSET, 4).getInt(0) > 0;
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Clears the "not complete" bit that an interrupted recovery leaves behind: Chronicle
     * would otherwise wait a minute for it before recovering. Only called on a header
     * already verified, with the writer lock held.
     */
    static void markReady(FileChannel channel, Path file) {
        try {
            ByteBuffer word = readAt(channel, SIZE_WORD_OFFSET, 4);
            word.putInt(0, word.getInt(0) & SIZE_MASK);
            word.clear();
            WriteFaults.write(channel, word, SIZE_WORD_OFFSET, file);
            WriteFaults.before(WriteFaults.Op.FORCE, file);
            channel.force(false);
        } catch (IOException e) {
            throw new StoreException(file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at " + (position + buffer.position()));
            }
        }
        return buffer;
    }
}
