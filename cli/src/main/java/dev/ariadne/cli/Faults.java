package dev.ariadne.cli;

import dev.ariadne.result.OutsideFault;
import dev.ariadne.storage.StorageException;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * What the command says when a fault of the machine (memory, a worker process, the disk)
 * stopped a run: what happened and how to continue. The run is always left resumable.
 */
final class Faults {
    private Faults() {
    }

    /** The line for a fault that struck on a state, e.g. "out of memory expanding state …: resume with more memory: …". */
    static String line(OutsideFault fault, String dir) {
        String how = switch (fault.deathCause()) {
            case OUT_OF_MEMORY -> moreMemory(dir);
            case CANNOT_START -> "the run is stopped and resumable; correct the flags, then: ariadne resume " + dir;
            default -> "the run is stopped and resumable: ariadne resume " + dir;
        };
        return "ariadne: " + fault.getMessage() + ": " + how;
    }

    /** The line for the coordinator's own memory running out. */
    static String outOfMemory(String dir) {
        return "ariadne: out of memory: " + moreMemory(dir);
    }

    /** What to say of a full disk (the store named the directory), without the "ariadne: " of a line. */
    static String diskFull(StorageException e, String dir) {
        return e.getMessage() + ": the run is stopped and resumable; free some space, then: ariadne resume " + dir;
    }

    /**
     * The error a store failure ends the command with: exit 3 for a full disk or an I/O error
     * of the filesystem (the run is whole at its last checkpoint, and resumable), else a usage
     * error (a damaged or foreign directory).
     */
    static CliError storeFailed(StorageException e, String dir) {
        if (e.diskFull()) {
            return new CliError(ExitCodes.INTERRUPTED, diskFull(e, dir));
        }
        if (ioError(e) != null) {
            return new CliError(ExitCodes.INTERRUPTED, ioError(e.getMessage(), dir));
        }
        return CliError.usage("the store failed: " + e.getMessage());
    }

    /** The I/O error of the filesystem among {@code t}'s causes (a write or a force that failed), or null. */
    static IOException ioError(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof IOException io && !(io instanceof NoSuchFileException)) {
                return io;
            }
        }
        return null;
    }

    /** What to say of an I/O error that stopped a run, without the "ariadne: " of a line. */
    static String ioError(String message, String dir) {
        return message + ": the run is stopped and resumable: ariadne resume " + dir;
    }

    /** Worker JVMs take this JVM's heap limit, so twice it is the suggestion for both isolations. */
    private static String moreMemory(String dir) {
        long mb = Math.max(256, 2 * Runtime.getRuntime().maxMemory() / (1024 * 1024));
        String heap = mb % 1024 == 0 ? mb / 1024 + "g" : mb + "m";
        return "resume with more memory: ARIADNE_JAVA_OPTS=-Xmx" + heap + " ariadne resume " + dir;
    }
}
