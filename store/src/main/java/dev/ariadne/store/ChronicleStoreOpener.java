package dev.ariadne.store;

import dev.ariadne.storage.StateReader;
import dev.ariadne.storage.StoreOpener;

import java.nio.file.Path;

/** Lets worker processes open Chronicle run directories read-only (found through ServiceLoader). */
public final class ChronicleStoreOpener implements StoreOpener {
    @Override
    public StateReader openReadOnly(Path directory) {
        return new ReadOnlyStore(directory);
    }
}
