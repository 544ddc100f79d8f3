package dev.ariadne.cli;

import dev.ariadne.api.CheckException;
import dev.ariadne.api.Counterexample;
import dev.ariadne.api.StoredRun;
import dev.ariadne.result.TraceStep;
import dev.ariadne.result.Violation;
import dev.ariadne.storage.DamagedStoreException;
import dev.ariadne.snapshot.Fingerprint;
import dev.ariadne.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ariadne trace RUN_DIR}: prints the trace of a stored run's violation, or the trace to any stored state. */
@Command(name = "trace", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Print the trace to a stored state of a run: its violations, or with --state FP the state"
                + " whose fingerprint is FP (16 hex digits, as printed in traces).")
final class TraceCommand implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "the run directory of a check")
    String dir;

    @Option(names = "--state", paramLabel = "FP", description = "the fingerprint of a stored state")
    String state;

    @Option(names = "--json", paramLabel = "FILE", description = "write the trace as JSON to FILE ('-': standard output)")
    String json;

    TraceCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Long fp = state == null ? null : parseFingerprint(state);
        PrintStream human = "-".equals(json) ? ctx.err() : ctx.out();
        try (StoredRun run = StoredRun.open(ctx.resolve(dir), dir, "trace")) {
            String model = run.metadata().modelPath();
            if (fp != null) {
                if (!run.holds(fp)) {
                    throw CliError.usage("'" + dir + "' holds no state with fingerprint " + state);
                }
                List<TraceStep> steps = run.traceTo(fp);
                human.println("Trace to state " + Fingerprint.hex(fp) + " of " + model + ":");
                HumanReport.trace(human, steps, null);
                writeJson(JsonReport.stateTrace(model, dir, fp, steps));
                return ExitCodes.OK;
            }
            List<Counterexample> found = run.violations();
            if (found.isEmpty()) {
                String status = run.savedStatus();
                throw CliError.usage("the run in '" + dir + "' found no violation"
                        + (status == null ? "" : " (its status: " + status + ")")
                        + ": give --state FP for the trace to a stored state");
            }
            List<Violation> violations = found.stream().map(Counterexample::violation).toList();
            List<List<TraceStep>> traces = found.stream().map(Counterexample::trace).toList();
            human.println("Violations found by the check of " + model + " in " + dir + ":");
            HumanReport.violations(human, run.program(), violations, traces);
            writeJson(JsonReport.violations(model, dir, run.status(), run.program(), violations, traces));
            return ExitCodes.OK;
        } catch (CheckException e) {
            throw CliError.usage(e.getMessage());
        } catch (StorageException | DamagedStoreException e) {
            throw CliError.usage("cannot trace '" + dir + "': " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliError.usage("cannot trace '" + dir + "': " + e.getMessage()); // an unknown --state
        }
    }

    private Long parseFingerprint(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("0x")) {
            t = t.substring(2);
        }
        if (!t.matches("[0-9a-f]{1,16}")) {
            throw new ParameterException(spec.commandLine(),
                    "--state '" + text + "': expected a fingerprint of up to 16 hex digits, as printed in traces");
        }
        return Long.parseUnsignedLong(t, 16);
    }

    private void writeJson(String text) {
        if (json != null) {
            JsonOutput.write(ctx, json, text);
        }
    }
}
