package dev.ariadne.api;

import dev.ariadne.pool.WorkerLauncher;

/**
 * Worker JVMs started by a command before it has read its options, for the session it then
 * prepares to adopt ({@link SessionBuilder#prepare}): their start-up overlaps the command's
 * own (parsing its options and the model), which is most of a small check in worker processes.
 * Those no session adopts are killed by {@link #discard}, or end with the command, whose exit
 * closes their input.
 */
public final class PrestartedWorkers {
    private static WorkerLauncher launcher;
    private static int count;

    private PrestartedWorkers() {
    }

    /** Starts {@code jvms} worker JVMs now (best effort: one that cannot start is left to the pool). */
    public static synchronized void start(int jvms) {
        discard();
        launcher = Invocation.launcher();
        count = jvms;
        launcher.startEarly(jvms);
    }

    /** The launcher holding the JVMs started early if there are {@code jvms} of them, else null (and any others killed). */
    static synchronized WorkerLauncher adopt(int jvms) {
        WorkerLauncher taken = count == jvms ? launcher : null;
        if (taken == null) {
            discard();
        }
        launcher = null;
        count = 0;
        return taken;
    }

    /** Kills the worker JVMs started early that no session adopted. */
    public static synchronized void discard() {
        if (launcher != null) {
            launcher.discardEarly();
            launcher = null;
            count = 0;
        }
    }
}
