package dev.ariadne.store;

import net.openhft.posix.PosixAPI;

/**
 * The choice Ariadne makes for the Chronicle libraries of its own JVMs, made before a map
 * builder first initialises them: whether they get their native POSIX binding.
 *
 * <p>Chronicle Map calls that binding for two things only: {@code fallocate} for a file that
 * is not sparse, and {@code msync} after it writes a new file's or tier's layout. Every map of
 * the store is sparse, and the store forces its files itself ({@code FileChannel.force}) at
 * each checkpoint, which on Linux writes the pages dirtied through a mapping too; its recovery
 * trusts nothing written after the last checkpoint. So the binding buys the store nothing, and
 * setting it up (jnr-ffi generates and loads native stubs) took about 0.2 s in every JVM that
 * opened a map, without class-data sharing (docs/benchmarks.md, Stop 23). The launcher and
 * worker JVMs say {@code -Dariadne.chronicle.posix=off}; a JVM that embeds Ariadne (the JUnit
 * extension, the Java API) keeps Chronicle as it is, since other code in it may use the binding.
 */
final class ChronicleRuntime {
    /** The system property; {@code off} leaves Chronicle without its native POSIX binding. */
    static final String POSIX = "ariadne.chronicle.posix";

    static {
        if ("off".equals(System.getProperty(POSIX))) {
            PosixAPI.useNoOpPosixApi();
        }
    }

    private ChronicleRuntime() {
    }

    /** Makes the choice, once per JVM; call before the first {@code ChronicleMapBuilder}. */
    static void prepare() {
        // the static initialiser does it
    }
}
