package dev.ariadne.storage;

/**
 * A durable store that cannot be used: a file missing, damaged or locked, or a disk that
 * is full. The message is one lower-case line naming the file; the store module throws
 * its own subclass, and the engine and its callers catch this one.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether the filesystem is full: then the store is whole up to its last checkpoint, and resumable. */
    private final boolean diskFull;

    protected StorageException(String message, Throwable cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    public boolean diskFull() {
        return diskFull;
    }
}
