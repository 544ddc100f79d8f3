package dev.ariadne.cli;

import dev.ariadne.api.Ariadne;
import dev.ariadne.lang.compile.Compiler;
import dev.ariadne.snapshot.StateCodec;

/** What {@code ariadne --version} says: the version of Ariadne and of its formats. */
final class Version {
    private Version() {
    }

    static String ariadne() {
        return Ariadne.version();
    }

    /** What {@code ariadne --version} prints. */
    static String[] lines() {
        return new String[] {
            "ariadne " + ariadne(),
            "compiler version " + Compiler.VERSION + ", snapshot format " + StateCodec.FORMAT_VERSION
                    + ", Java " + System.getProperty("java.version")
        };
    }
}
