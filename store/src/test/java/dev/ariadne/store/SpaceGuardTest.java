package dev.ariadne.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpaceGuardTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clearReserve() {
        System.clearProperty(SpaceGuard.RESERVE_PROPERTY);
    }

    @Test
    void theFirstWriteIsCheckedAgainstTheReserve() throws Exception {
        long free = Files.getFileStore(tmp).getUsableSpace();
        System.setProperty(SpaceGuard.RESERVE_PROPERTY, Long.toString(free * 2 + (1L << 30)));
        SpaceGuard guard = SpaceGuard.of(tmp);
        StoreException e = assertThrows(StoreException.class, () -> guard.beforeWrite(100));
        assertTrue(e.diskFull(), e::getMessage);
        assertTrue(e.getMessage().contains("less than the"), e::getMessage);
        // a write after a refusal is checked again, not let through on an old allowance
        assertThrows(StoreException.class, () -> guard.beforeWrite(100));
    }

    @Test
    void writesWithRoomAboveTheReservePass() {
        System.setProperty(SpaceGuard.RESERVE_PROPERTY, Long.toString(1L << 20));
        SpaceGuard guard = SpaceGuard.of(tmp);
        assertDoesNotThrow(() -> {
            for (int i = 0; i < 100_000; i++) {
                guard.beforeWrite(4096); // 1.6 GB counted, with the overhead: checked again and again on the way
            }
        });
    }
}
