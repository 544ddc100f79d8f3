package dev.ariadne.cli;

import sun.misc.Signal;

import java.io.PrintStream;

/**
 * Routes SIGINT (Ctrl-C) and SIGTERM to the current invocation's {@link StopSwitch}: once
 * the command has a store (the switch is armed), the first signal asks every run to stop
 * at a checkpoint and a second one ends the process at once (the store then recovers to
 * its last checkpoint when it is next opened); before that, or in {@code trace}, a signal
 * ends the process at once, as there is nothing to save.
 * {@code sun.misc.Signal} is in {@code jdk.unsupported}, usable on Java 17 without flags.
 */
final class Signals {
    private static volatile StopSwitch current;
    private static volatile PrintStream err = System.err;

    private Signals() {
    }

    /** Installs the handlers for this JVM (the command's {@code main} only; tests do not). */
    static void install() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> deliver("SIG" + signal.getName()));
            } catch (IllegalArgumentException e) {
                // The platform has no such signal, or the JVM reserves it (-Xrs): keep the default.
            }
        }
    }

    /** Makes the signals stop this invocation's runs. */
    static void route(StopSwitch stop, PrintStream errors) {
        err = errors;
        current = stop;
    }

    /** What a signal does (package-private so that tests can send one in-process, minus the forced exit). */
    static void deliver(String name) {
        StopSwitch s = current;
        if (s != null && s.armed() && s.trigger(name)) {
            err.println();
            err.println("ariadne: stopping at the next checkpoint (press Ctrl-C again to stop at once)");
            return;
        }
        err.println();
        err.println(s != null && s.armed() ? "ariadne: stopped at once; the store returns to its last checkpoint when resumed"
                : "ariadne: interrupted");
        err.flush();
        Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
    }
}
