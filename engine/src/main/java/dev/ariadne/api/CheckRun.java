package dev.ariadne.api;

import dev.ariadne.result.CheckResult;
import dev.ariadne.explore.Explorer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A check running in an {@link Invocation}: wait for its result, or stop it resumably. */
public final class CheckRun {
    private final RunSpec spec;
    private final Explorer explorer;
    private final CompletableFuture<CheckResult> result = new CompletableFuture<>();

    CheckRun(RunSpec spec, Explorer explorer) {
        this.spec = spec;
        this.explorer = explorer;
    }

    public RunSpec spec() {
        return spec;
    }

    void complete(CheckResult r) {
        result.complete(r);
    }

    void fail(Throwable t) {
        result.completeExceptionally(t);
    }

    /** Asks the run to stop at its next merge point, leaving its store consistent. */
    public void requestStop() {
        explorer.requestStop();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Waits for the run to end. */
    public CheckResult await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run's coordinator failed", e.getCause());
        }
    }
}
