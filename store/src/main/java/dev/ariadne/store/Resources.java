package dev.ariadne.store;

import net.openhft.chronicle.map.ChronicleMap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Closes a group of resources in reverse order of opening, keeping the first failure and suppressing the rest. */
final class Resources {
    private Resources() {
    }

    /** Closes every resource (last opened first); returns {@code failure}, or the first new failure, with the others suppressed. */
    static RuntimeException closeAll(List<? extends AutoCloseable> resources, RuntimeException failure) {
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                RuntimeException re = e instanceof RuntimeException r ? r : new StoreException(StoreException.oneLine(e), e);
                if (failure == null) {
                    failure = re;
                } else {
                    failure.addSuppressed(re);
                }
            }
        }
        return failure;
    }

    /** Closes every resource and throws the first failure, if any. */
    static void closeAll(List<? extends AutoCloseable> resources) {
        RuntimeException failure = closeAll(resources, null);
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Closes a Chronicle map, then the channel the store kept open beside it, in that order:
     * closing any descriptor of a file drops every lock this process holds on it (POSIX),
     * including the one Chronicle took, so the channel must outlive the map.
     */
    static void closeMapAndChannel(ChronicleMap<?, ?> map, FileChannel channel) {
        try {
            if (map != null) {
                map.close();
            }
        } finally {
            closeQuietly(channel);
        }
    }

    /** Closes a channel; a failure to close leaves nothing more to release, so it is ignored. */
    static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
