package dev.ariadne.cli;

import dev.ariadne.api.RunMetadata;
import dev.ariadne.api.StoredViolations;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.Status;
import dev.ariadne.simulate.SimulationResult;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.storage.Checkpoint;
import dev.ariadne.storage.StateRecord;
import dev.ariadne.storage.DurableStore;
import dev.ariadne.storage.StorageException;
import dev.ariadne.store.GrowingStore;

import java.util.List;
import java.util.Map;

/**
 * The run directory of a simulation that found a violation: the violating behaviour's
 * states as a chain of parents, with the run's metadata and result, so that
 * {@code ariadne trace DIR} reads it as it reads a check's. It is the store a check starts
 * in ({@link GrowingStore#createForRun}): a behaviour's few states are one small file, and
 * the command does not wait for Chronicle's start-up.
 */
final class SimulationStore {
    private SimulationStore() {
    }

    static DurableStore write(CheckCommand.Location where, String model, String text, Program program,
                              Map<String, String> overrides, SimulationResult r, Status status) {
        DurableStore s;
        try {
            s = GrowingStore.createForRun(where.path());
        } catch (StorageException e) {
            throw CliError.usage("cannot create the store for the trace: " + e.getMessage());
        }
        try {
            ExploreOptions options = ExploreOptions.defaults().withSymmetry(false); // a behaviour's states are concrete
            RunMetadata.of(model, text, program, overrides, options).save(s);
            List<byte[]> path = r.path();
            long parent = StateRecord.NO_PARENT;
            for (int i = 0; i < path.size(); i++) {
                byte[] b = path.get(i);
                long fp = Fingerprint.of(b, 0, b.length);
                s.add(i, fp, parent, i == 0 ? StateRecord.INIT_STEP : r.steps()[i], i + 1, b, 0, b.length);
                parent = fp;
            }
            long n = path.size();
            s.checkpoint(new Checkpoint(n, n, n, (int) n, 0, null));
            s.putMetadata(RunMetadata.RESULT_STATUS, status.label);
            s.putMetadata(RunMetadata.RESULT_VIOLATIONS, StoredViolations.write(List.of(r.violation())));
            s.checkpoint(new Checkpoint(n, n, n, (int) n, 0, null));
            return s;
        } catch (StorageException e) {
            s.close();
            throw CliError.usage("cannot write the trace to '" + where.shown() + "': " + e.getMessage());
        }
    }
}
