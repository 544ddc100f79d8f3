package dev.ariadne.expand.remote;

import dev.ariadne.load.ModelLoader;
import dev.ariadne.expand.BatchWire;
import dev.ariadne.expand.Expander;
import dev.ariadne.expand.RunContext;
import dev.ariadne.storage.StateReader;
import dev.ariadne.storage.StoreOpener;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.pool.RemoteHandler;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.space.lang.LanguageSpace;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A worker process's handler: compiles each run's model from its setup (refusing one
 * whose program hash or codec version differs from the coordinator's), then expands
 * the batches of that run, each executor thread with an expander of its own.
 */
public final class BatchWorker implements RemoteHandler {
    /** A run as this worker knows it: its context and each thread's expander, or why it cannot serve it. */
    private record Run(RunContext context, ThreadLocal<Expander> expander, String refusal) {
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    /** Where the model's {@code print} goes: to the coordinator, with the running batch. */
    private volatile Consumer<String> output = line -> { };

    @Override
    public void setOutput(Consumer<String> sink) {
        this.output = sink;
    }

    @Override
    public void setup(String tag, byte[] bytes) {
        RunSetup s = RunSetup.decode(bytes);
        try {
            Program p = ModelLoader.load(s.fileName(), s.modelText(), s.consts());
            if (!p.hash().equals(s.programHash())) {
                runs.put(tag, refused("program hash " + p.hash() + " is not the coordinator's " + s.programHash()));
                return;
            }
            if (s.codecVersion() != StateCodec.FORMAT_VERSION) {
                runs.put(tag, refused("codec version " + StateCodec.FORMAT_VERSION + " is not the coordinator's "
                        + s.codecVersion()));
                return;
            }
            // Batches normally carry their snapshots; the store is opened (slowly, the first time) only if one does not.
            StateReader store = s.storeDirectory() == null ? null : new LazyStore(Path.of(s.storeDirectory()));
            LanguageSpace space = new LanguageSpace(p, s.options().space(), line -> output.accept(line));
            RunContext ctx = new RunContext(tag, space, store, s.options());
            runs.put(tag, new Run(ctx, ThreadLocal.withInitial(() -> new Expander(ctx)), null));
        } catch (Exception e) {
            runs.put(tag, refused("cannot load the model: " + e.getMessage()));
        }
    }

    private static Run refused(String why) {
        return new Run(null, null, why);
    }

    /** A read-only store opened on first use. */
    private static final class LazyStore implements StateReader {
        private final Path dir;
        private StateReader store;

        LazyStore(Path dir) {
            this.dir = dir;
        }

        private synchronized StateReader store() {
            if (store == null) {
                StoreOpener opener = StoreOpener.find();
                if (opener == null) {
                    throw new IllegalStateException("no store module on the worker's class path");
                }
                store = opener.openReadOnly(dir);
            }
            return store;
        }


        @Override
        public long size() {
            return store().size();
        }

        @Override
        public dev.ariadne.storage.StateRecord record(long fp) {
            return store().record(fp);
        }

        @Override
        public long fingerprintAt(long seq) {
            return store().fingerprintAt(seq);
        }

        @Override
        public byte[] snapshot(long fp) {
            return store().snapshot(fp);
        }

        @Override
        public byte[] snapshotAt(long seq) {
            return store().snapshotAt(seq);
        }

        @Override
        public dev.ariadne.storage.StateRecord recordAt(long seq) {
            return store().recordAt(seq);
        }


        @Override
        public dev.ariadne.storage.Checkpoint lastCheckpoint() {
            return store().lastCheckpoint();
        }


        @Override
        public String metadata(String key) {
            return store().metadata(key);
        }

        @Override
        public Path directory() {
            return dir;
        }

        @Override
        public synchronized void close() {
            if (store != null) {
                store.close();
            }
        }
    }

    @Override
    public byte[] run(byte[] task, BooleanSupplier cancelled) {
        String tag = BatchWire.tagOf(task);
        Run run = runs.get(tag);
        if (run == null) {
            throw new IllegalStateException("no setup for run '" + tag + "'");
        }
        if (run.refusal() != null) {
            throw new IllegalStateException("worker refuses run '" + tag + "': " + run.refusal());
        }
        return BatchWire.encodeResult(run.expander().get().expand(BatchWire.decodeBatch(task, run.context()), cancelled));
    }
}
