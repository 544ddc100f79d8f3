package dev.ariadne.cli;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.store.ChronicleStateStore;
import dev.ariadne.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run directory opened again by {@code resume} or {@code trace}: its store (back at its
 * last checkpoint), its metadata and its program recompiled from the saved model text.
 * Opening refuses, as a usage error, a missing or damaged store, one written for another
 * snapshot format or compiler version, and one whose program no longer matches.
 */
record StoredRun(ChronicleStateStore store, RunMetadata metadata, Program program, String shown)
        implements AutoCloseable {

    static StoredRun open(CliContext ctx, String dir, String verb) {
        Path path = ctx.resolve(dir);
        if (!Files.isDirectory(path)) {
            throw CliError.usage("cannot " + verb + " '" + dir + "': no such run directory");
        }
        ChronicleStateStore store;
        try {
            store = ChronicleStateStore.open(path);
        } catch (StoreException e) {
            throw CliError.usage("cannot " + verb + " '" + dir + "': " + e.getMessage());
        }
        try {
            RunMetadata meta = RunMetadata.load(store, dir);
            return new StoredRun(store, meta, meta.compile(dir), dir);
        } catch (RuntimeException e) {
            store.close();
            if (e instanceof StoreException se) {
                throw CliError.usage("cannot " + verb + " '" + dir + "': " + se.getMessage());
            }
            throw e;
        }
    }

    /** The verdict the last session saved ({@code Status} label), or null. */
    String savedStatus() {
        return store.metadata(RunMetadata.RESULT_STATUS);
    }

    @Override
    public void close() {
        store.close();
    }
}
