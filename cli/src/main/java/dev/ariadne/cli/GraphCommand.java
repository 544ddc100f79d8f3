package dev.ariadne.cli;

import dev.ariadne.api.CheckException;
import dev.ariadne.api.RunMetadata;
import dev.ariadne.api.StoredRun;
import dev.ariadne.api.StoredViolations;
import dev.ariadne.explore.TraceBuilder;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code ariadne graph RUN_DIR}: writes a stored run's state graph (or its part around the trace) as DOT or JSON. */
@Command(name = "graph", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Write the state graph of a stored run to standard output, edges labelled by their step;"
                + " past --max-states, the trace of the run's first violation and the states found first.")
final class GraphCommand implements Callable<Integer> {
    static final int DEFAULT_MAX_STATES = 1000;
    private static final int LIMIT_MAX_STATES = 1_000_000;

    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run directory of a check")
    String dir;

    @Option(names = "--format", paramLabel = "dot|json", description = "Graphviz DOT (default) or JSON")
    String format = "dot";

    @Option(names = "--max-states", paramLabel = "N",
            description = "at most N states (default: " + DEFAULT_MAX_STATES + ")")
    int maxStates = DEFAULT_MAX_STATES;

    GraphCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (!format.equals("dot") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be 'dot' or 'json', not '" + format + "'");
        }
        if (maxStates < 1 || maxStates > LIMIT_MAX_STATES) {
            throw new ParameterException(spec.commandLine(), "--max-states must be between 1 and "
                    + LIMIT_MAX_STATES + ", not " + maxStates);
        }
        try (StoredRun run = StoredRun.open(ctx.resolve(dir), dir, "graph")) {
            GraphExport g = GraphExport.of(run.program(), run.store(), maxStates, firstTrace(run));
            String model = run.metadata().modelPath();
            ctx.out().print(format.equals("dot") ? g.dot(model) : g.json(model, dir, true));
            ctx.out().flush();
            return ExitCodes.OK;
        } catch (CheckException e) {
            throw CliError.usage(e.getMessage());
        } catch (StorageException | DamagedStoreException e) {
            throw CliError.usage("cannot read the graph of '" + dir + "': " + e.getMessage());
        }
    }

    /** The trace of the run's first stored violation, or none. */
    private static List<TraceStep> firstTrace(StoredRun run) {
        List<Violation> vs;
        try {
            vs = StoredViolations.read(run.store().metadata(RunMetadata.RESULT_VIOLATIONS));
        } catch (RuntimeException e) {
            return List.of(); // damaged or absent: the graph does not need them
        }
        return vs.isEmpty() ? List.of() : new TraceBuilder(run.program(), run.store()).trace(vs.get(0));
    }
}
