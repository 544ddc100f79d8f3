package dev.ariadne.store;

import dev.ariadne.io.WriteFaults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a whole file that a user named (a JSON report, a results file) the way careful
 * tools do. A regular file, or a path where nothing is yet, is written to a temporary file
 * created exclusively beside it, then renamed over it, so that no reader ever sees half of
 * it. Anything else that exists — a symbolic link (such as {@code /dev/stdout}), a FIFO, a
 * terminal, a device — is written into as it is, like a shell's {@code >}: renaming over it
 * would replace the link, device or FIFO with a plain file.
 */
public final class SafeWrite {
    private static final int ATTEMPTS = 100;

    private SafeWrite() {
    }

    /** Writes {@code content} as the whole of {@code file}; on failure the file is as it was (if replaced). */
    public static void write(Path file, byte[] content) throws IOException {
        BasicFileAttributes own = attributes(file, LinkOption.NOFOLLOW_LINKS);
        if (own == null || own.isRegularFile()) {
            replace(file.toAbsolutePath(), content);
            return;
        }
        BasicFileAttributes target = attributes(file);
        if (target == null) {
            throw new IOException("it is a symbolic link to '" + Files.readSymbolicLink(file) + "', which does not exist");
        }
        if (target.isDirectory()) {
            throw new IOException("it is a directory");
        }
        // Without CREATE: it exists. TRUNCATE, as '>' does, cuts a link's regular target; a FIFO or device ignores it.
        WriteFaults.before(WriteFaults.Op.CREATE, file);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            writeAll(out, content, file);
        }
    }

    /** The attributes of what {@code file} names (of the link itself with NOFOLLOW_LINKS); null if nothing is there. */
    private static BasicFileAttributes attributes(Path file, LinkOption... options) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Path tmp = createTemporary(target);
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                writeAll(out, content, tmp);
                WriteFaults.before(WriteFaults.Op.FORCE, tmp);
                out.force(true); // the rename must not become durable before the data
            }
            keepPermissions(target, tmp);
            WriteFaults.before(WriteFaults.Op.RENAME, target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * A new, empty file beside {@code target} with a name nobody else chose: created with
     * CREATE_NEW, which fails on anything already there, a planted link included. Its mode is
     * the process's default (the umask), as the file's would be if written directly.
     */
    private static Path createTemporary(Path target) throws IOException {
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        String stem = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
        for (int i = 0; ; i++) {
            Path tmp = dir.resolve(stem + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                WriteFaults.before(WriteFaults.Op.CREATE, tmp);
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (i >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** A file replaced keeps its mode (a report made private stays private). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default mode it is
        }
    }

    private static void writeAll(FileChannel out, byte[] content, Path file) throws IOException {
        WriteFaults.write(out, ByteBuffer.wrap(content), -1, file);
    }
}
