package dev.ariadne.store;

import net.openhft.chronicle.map.ChronicleMap;
import net.openhft.posix.PosixAPI;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the store leaves out of Chronicle in Ariadne's own JVMs (the tests run with the launcher's flags). */
class ChronicleRuntimeTest {
    @Test
    void chronicleRunsWithoutItsNativePosixBindingWhereTheFlagSaysOff() {
        assumeTrue("off".equals(System.getProperty(ChronicleRuntime.POSIX)), "run without the launcher's flags");
        try (ChronicleMap<Long, byte[]> tier = TierKind.SNAPSHOTS.builder("posix", 16, 64).create()) {
            tier.put(1L, new byte[] {7});
            assertEquals(7, tier.get(1L)[0]);
        }
        assertEquals("NoOpPosixAPI", PosixAPI.posix().getClass().getSimpleName());
    }

    @Test
    void theStoreRunsWithoutJna() {
        // Chronicle's thread-affinity library takes its plain implementation without JNA; with it, it set up
        // JNA and ran ldconfig in every JVM that opened a map (docs/store.md, "Chronicle's native bindings").
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.sun.jna.Native"));
    }
}
