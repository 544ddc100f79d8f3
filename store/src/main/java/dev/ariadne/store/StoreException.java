package dev.ariadne.store;

/**
 * A run directory that cannot be used as a store: a file is missing, truncated or
 * corrupted, written by another store format, or locked by another process. The message
 * is one lower-case line that names the file and says what is wrong.
 */
public final class StoreException extends dev.ariadne.storage.StorageException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message, null, false);
    }

    private StoreException(String message, Throwable cause, boolean diskFull) {
        super(message, cause, diskFull);
    }

    /** The filesystem of {@code dir} has no room left for the store to grow. */
    static StoreException diskFull(Object dir, String detail, Throwable cause) {
        return new StoreException("no space left on device writing " + dir + (detail == null ? "" : " (" + detail + ")"),
                cause, true);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause, saysNoSpace(cause));
    }

    /** Whether an error of the filesystem (ENOSPC, e.g. growing a file) is in {@code t}'s causes. */
    private static boolean saysNoSpace(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && String.valueOf(t.getMessage()).contains("No space left on device")
                    || t instanceof StoreException se && se.diskFull()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code e} itself if it is already a store exception (it names its file), else a store
     * exception saying {@code what} failed, with {@code e}'s message on one line.
     */
    static StoreException wrap(String what, Exception e) {
        return e instanceof StoreException se ? se : new StoreException(what + ": " + oneLine(e), e);
    }

    /** The message of {@code t} on one line (Chronicle's messages often span several). */
    static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        Throwable cause = t.getCause();
        if (cause != null && cause != t && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += ": " + cause.getMessage();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
