package dev.ariadne.store;

import dev.ariadne.storage.StoreOpener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The engine finds the store module's opener by name before it asks {@code ServiceLoader}: the two must agree. */
class StoreOpenerLookupTest {
    @Test
    void theNameTheEngineTriesFirstIsTheServiceThisModuleDeclares() throws IOException {
        try (InputStream in = ChronicleStoreOpener.class.getResourceAsStream(
                "/META-INF/services/" + StoreOpener.class.getName())) {
            assertNotNull(in, "the service entry");
            assertEquals(StoreOpener.STORE_MODULE_OPENER, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
        assertEquals(ChronicleStoreOpener.class.getName(), StoreOpener.STORE_MODULE_OPENER);
    }

    @Test
    void findGivesAChronicleStoreOpener() {
        assertInstanceOf(ChronicleStoreOpener.class, StoreOpener.find());
    }
}
