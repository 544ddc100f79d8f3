package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The {@code store.format} marker: the store-format version, and the fingerprint of the
 * metadata map's header (which cannot hold its own). A small text file, written last when a
 * store is created, never changed afterwards; a CRC line guards it against damage.
 *
 * @param version    the store-format version the store was written with
 * @param metaHeader the fingerprint of {@code meta.cm}'s self-bootstrapping header
 * @param metaLength the length of {@code meta.cm} when it was created (it never shrinks)
 */
record StoreFormat(int version, MapHeader.Fingerprint metaHeader, long metaLength) {

    /** The store-format version this build reads and writes. Bump it when the layout changes. */
    static final int CURRENT_VERSION = 3;

    private static final String VERSION_KEY = "ariadne-store-format";

    /** Writes the marker atomically (temporary file, fsync, rename). */
    void write(RunDirectory dir) {
        String body = VERSION_KEY + "=" + version + "\n"
                + "meta-header=" + metaHeader.encode() + "\n"
                + "meta-length=" + metaLength + "\n";
        String text = body + "crc=" + Long.toHexString(crc(body)) + "\n";
        Path tmp = RunDirectory.temporary(dir.formatFile());
        try (java.nio.channels.FileChannel ch = RunDirectory.createFile(tmp)) {
            WriteFaults.write(ch, java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), -1, tmp);
            WriteFaults.before(WriteFaults.Op.FORCE, tmp);
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException(tmp + " cannot be written: " + e.getMessage(), e);
        }
        RunDirectory.moveIntoPlace(tmp, dir.formatFile());
        dir.syncDirectory();
    }

    /** Reads and checks the marker of a run directory. */
    static StoreFormat read(RunDirectory dir) {
        Path file = dir.formatFile();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new StoreException(file + " is missing: " + dir + " is not an ariadne store, or its creation did not finish");
        } catch (IOException e) {
            throw new StoreException(file + " cannot be read: " + e.getMessage(), e);
        }
        int crcAt = text.lastIndexOf("crc=");
        Map<String, String> fields = parse(file, text);
        String versionText = fields.get(VERSION_KEY);
        if (versionText == null) {
            throw new StoreException(file + " is damaged: it names no store-format version");
        }
        // The version line comes first and stays readable in every future format, so a
        // store of another version is named as such rather than as damaged.
        int version = parseInt(file, versionText);
        if (version != CURRENT_VERSION) {
            throw new StoreException(file + " says store-format version " + version
                    + ", but this build reads version " + CURRENT_VERSION);
        }
        if (crcAt < 0 || !fields.containsKey("crc")
                || !Long.toHexString(crc(text.substring(0, crcAt))).equals(fields.get("crc"))) {
            throw new StoreException(file + " is damaged: its checksum does not match");
        }
        try {
            return new StoreFormat(version, MapHeader.Fingerprint.parse(fields.getOrDefault("meta-header", "")),
                    Long.parseLong(fields.getOrDefault("meta-length", "")));
        } catch (IllegalArgumentException e) {
            throw new StoreException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> parse(Path file, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (line.isEmpty()) {
                continue;
            }
            if (eq <= 0) {
                throw new StoreException(file + " is damaged: unexpected line '" + printable(line) + "'");
            }
            fields.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return fields;
    }

    private static int parseInt(Path file, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new StoreException(file + " is damaged: bad store-format version '" + printable(text) + "'");
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static long crc(String s) {
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
