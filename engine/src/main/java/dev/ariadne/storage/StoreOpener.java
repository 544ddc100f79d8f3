package dev.ariadne.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Creates and opens the stores of run directories. The engine does not know how stores
 * are kept; the store module provides one through {@link ServiceLoader}, so worker
 * processes and the Java API reach it without the engine depending on it.
 */
public interface StoreOpener {
    /** A read-only view of the store in {@code directory}. */
    StateReader openReadOnly(Path directory);

    /** A new store in {@code directory} (created if absent, else empty); throws {@link StorageException}. */
    DurableStore create(Path directory);

    /** The store in {@code directory}, back at its last checkpoint; throws {@link StorageException}. */
    DurableStore open(Path directory);

    /**
     * Loads and initialises what creating or opening a store needs, so that a caller can have
     * it done on another thread while it does other work ({@link StoreWarmUp}); never throws.
     */
    default void warmUp() {
    }

    /** Whether opening the store in {@code directory} (or the runs of a matrix in it) uses what {@link #warmUp} prepares. */
    default boolean warmUpHelps(Path directory) {
        return true;
    }

    /** Whether {@code directory} holds a store (its creation finished). */
    boolean holdsStore(Path directory);

    /** Whether {@code fileName} names one of a store's own files (and so nothing a user put there). */
    boolean isStoreFile(String fileName);

    /** Replaces {@code file} by {@code content} atomically and durably. */
    void writeAtomically(Path file, byte[] content) throws IOException;

    /** The opener found on the class path, or null when none is there. */
    static StoreOpener find() {
        // The store module's own opener by name first: ServiceLoader reads its configuration file from every
        // jar of the class path, opening each of them (some 20 ms of a check's start-up, docs/benchmarks.md,
        // "Stop 24"). The name is only a shortcut; without that class, ServiceLoader finds what is there.
        try {
            Class<?> known = Class.forName(STORE_MODULE_OPENER, true, StoreOpener.class.getClassLoader());
            if (StoreOpener.class.isAssignableFrom(known)) {
                return (StoreOpener) known.getConstructor().newInstance();
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // not on the class path, or not usable: as the service loader decides
        }
        return ServiceLoader.load(StoreOpener.class).findFirst().orElse(null);
    }

    /** The class the store module provides as this service (its {@code META-INF/services} entry). */
    String STORE_MODULE_OPENER = "dev.ariadne.store.ChronicleStoreOpener";
}
