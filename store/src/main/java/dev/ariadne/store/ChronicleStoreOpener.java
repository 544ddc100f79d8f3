package dev.ariadne.store;

import dev.ariadne.explore.StateStore;
import dev.ariadne.explore.StoreOpener;

import java.nio.file.Path;

/** Lets worker processes open Chronicle run directories read-only (found through ServiceLoader). */
public final class ChronicleStoreOpener implements StoreOpener {
    @Override
    public StateStore openReadOnly(Path directory) {
        return new ReadOnlyStore(directory);
    }
}
