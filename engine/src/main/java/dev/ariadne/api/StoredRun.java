package dev.ariadne.api;

import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.Status;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StorageException;
import dev.ariadne.storage.StoreOpener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run directory opened again to resume or trace it: its store (back at its last
 * checkpoint), its metadata and its program recompiled from the saved model text.
 * Opening refuses, with a {@link CheckException}, a missing or damaged store, one written
 * for another snapshot format or compiler version, and one whose program no longer matches.
 *
 * @param shown the directory as the caller names it in messages
 */
public record StoredRun(DurableStore store, RunMetadata metadata, Program program, String shown)
        implements AutoCloseable {

    /** Opens {@code path} to {@code verb} it ("resume", "trace"), for messages. */
    public static StoredRun open(Path path, String shown, String verb) {
        if (!Files.isDirectory(path)) {
            throw new CheckException("cannot " + verb + " '" + shown + "': no such run directory");
        }
        StoreOpener stores = StoreOpener.find();
        if (stores == null) {
            throw new CheckException("cannot " + verb + " '" + shown + "': no store module on the class path");
        }
        DurableStore store;
        try {
            store = stores.open(path);
        } catch (StorageException e) {
            throw new CheckException("cannot " + verb + " '" + shown + "': " + e.getMessage());
        }
        try {
            RunMetadata meta = RunMetadata.load(store, shown);
            return new StoredRun(store, meta, meta.compile(shown), shown);
        } catch (RuntimeException e) {
            store.close();
            if (e instanceof StorageException se) {
                throw new CheckException("cannot " + verb + " '" + shown + "': " + se.getMessage());
            }
            throw e;
        }
    }

    /** The verdict the last session saved ({@code Status} label), or null. */
    public String savedStatus() {
        return store.metadata(RunMetadata.RESULT_STATUS);
    }

    /** The verdict the last session saved; {@link Status#INTERRUPTED} when none was. */
    public Status status() {
        String saved = savedStatus();
        for (Status s : Status.values()) {
            if (s.label.equals(saved)) {
                return s;
            }
        }
        return Status.INTERRUPTED;
    }

    /**
     * The violations the last session saved, each with its trace rebuilt from the store;
     * damaged saved violations are a {@link CheckException}, a damaged store a
     * {@link dev.ariadne.storage.DamagedStoreException}.
     */
    public List<Counterexample> violations() {
        List<Violation> vs;
        try {
            vs = StoredViolations.read(store.metadata(RunMetadata.RESULT_VIOLATIONS));
        } catch (RuntimeException e) {
            throw new CheckException("'" + shown + "': the stored violations are damaged (" + e.getMessage() + ")");
        }
        TraceBuilder builder = new TraceBuilder(program, store, metadata.symmetry());
        List<Counterexample> out = new ArrayList<>();
        for (Violation v : vs) {
            out.add(new Counterexample(v, builder.trace(v), program));
        }
        return out;
    }

    /** Whether the store holds the state with fingerprint {@code fp}. */
    public boolean holds(long fp) {
        return store.record(fp) != null;
    }

    /** The shortest trace from an initial state to the stored state {@code fp}. */
    public List<TraceStep> traceTo(long fp) {
        return new TraceBuilder(program, store, metadata.symmetry()).trace(fp);
    }

    @Override
    public void close() {
        store.close();
    }
}
