package dev.ariadne.snapshot;

/** A snapshot that cannot be decoded: another format version, another program, or damaged bytes. */
public final class SnapshotException extends RuntimeException {
    public SnapshotException(String message) {
        super(message);
    }
}
