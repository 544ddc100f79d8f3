package dev.ariadne.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** A way to damage one file of a run directory, for the tests of what the store and the command make of it. */
@FunctionalInterface
public interface Damage {
    void apply(Path run) throws IOException;

    /** Cuts {@code file} to {@code length} bytes. */
    static Damage truncate(String file, long length) {
        return run -> {
            try (RandomAccessFile raf = new RandomAccessFile(run.resolve(file).toFile(), "rw")) {
                raf.setLength(length);
            }
        };
    }

    /** Cuts {@code file} to half its length. */
    static Damage truncateToHalf(String file) {
        return run -> truncate(file, Files.size(run.resolve(file)) / 2).apply(run);
    }

    /** Flips bits of the byte at {@code offset} of {@code file}. */
    static Damage garble(String file, long offset) {
        return run -> {
            try (RandomAccessFile raf = new RandomAccessFile(run.resolve(file).toFile(), "rw")) {
                raf.seek(offset);
                int b = raf.read();
                raf.seek(offset);
                raf.write(b ^ 0x5A);
            }
        };
    }

    /** Deletes {@code file}. */
    static Damage delete(String file) {
        return run -> Files.delete(run.resolve(file));
    }
}
