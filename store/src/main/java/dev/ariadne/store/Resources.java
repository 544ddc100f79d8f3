package dev.ariadne.store;

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
}
