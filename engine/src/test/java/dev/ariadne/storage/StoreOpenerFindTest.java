package dev.ariadne.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;

/** Without the store module on the class path there is no opener, by name or as a service. */
class StoreOpenerFindTest {
    @Test
    void theEngineAloneHasNoOpener() {
        assertNull(StoreOpener.find());
    }
}
