package dev.ariadne.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ariadne simulate}: random walks for models too big to check; planned, so it says so and exits 2. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Random depth-bounded walks, for models too big to check (planned: not available yet).")
final class SimulateCommand implements Callable<Integer> {
    private final CliContext ctx;

    /** Whatever was given: the options are not settled yet, so none is refused before the message. */
    @Unmatched
    List<String> args = new ArrayList<>();

    SimulateCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.err().println("ariadne: simulate is not available yet; meanwhile 'ariadne check MODEL.ari --max-depth N'"
                + " explores every state up to depth N");
        return ExitCodes.USAGE;
    }
}
