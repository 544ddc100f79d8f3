package dev.ariadne.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A copy of a run directory as it is on disk at one instant, read through the page cache
 * (which holds what was written through the store's memory mappings, as after a
 * {@code kill -9}): the files left by a crash at that instant. Holes stay holes, so a copy
 * of a run's sparse maps (about 100 MB long, a few hundred KB used) is quick and small.
 */
final class RunImage {
    private static final int BLOCK = 64 * 1024;

    private RunImage() {
    }

    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            if (!Files.isDirectory(from)) {
                return; // the crash came before the directory was made
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
                for (Path f : files) {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                        copyFile(f, to.resolve(f.getFileName().toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFile(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocate(BLOCK);
            for (long pos = 0; pos < size; pos += BLOCK) {
                buf.clear();
                int n = 0;
                while (buf.hasRemaining() && pos + n < size) {
                    int r = in.read(buf, pos + n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
                if (!zero(buf.array(), n)) {
                    buf.flip();
                    while (buf.hasRemaining()) {
                        out.write(buf, pos + buf.position());
                    }
                }
            }
            if (out.size() < size) {
                out.write(ByteBuffer.allocate(1), size - 1); // the length, with a hole up to it
            }
        }
    }

    private static boolean zero(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
