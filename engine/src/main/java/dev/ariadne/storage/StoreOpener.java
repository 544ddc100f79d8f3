package dev.ariadne.storage;

import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Opens a run directory for reading in a worker process. The engine does not know how
 * stores are kept; the store module provides one through {@link ServiceLoader}.
 */
public interface StoreOpener {
    /** A read-only view of the store in {@code directory}. */
    StateReader openReadOnly(Path directory);

    /** The opener found on the class path, or null when none is there. */
    static StoreOpener find() {
        return ServiceLoader.load(StoreOpener.class).findFirst().orElse(null);
    }
}
