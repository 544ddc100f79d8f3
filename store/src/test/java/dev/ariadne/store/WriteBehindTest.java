package dev.ariadne.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriteBehindTest {
    private static final long MILLI = 1_000_000L;

    @Test
    void passesRunUntilStoppedAndNoneAfter() throws InterruptedException {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        WriteBehind w = WriteBehind.start(List.of(first::incrementAndGet, second::incrementAndGet), MILLI, "test-write-behind");
        long deadline = System.nanoTime() + 10_000 * MILLI;
        while (second.get() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        w.stop();
        int passes = second.get();
        assertTrue(passes >= 3, "passes: " + passes);
        assertTrue(first.get() - passes <= 1, "every target in each pass");
        Thread.sleep(20);
        assertEquals(passes, second.get(), "no pass after stop() returned");
        assertNull(w.failure());
    }

    @Test
    void aFailedPassIsKeptAndEndsThePasses() throws InterruptedException {
        IOException eio = new IOException("Input/output error");
        AtomicInteger calls = new AtomicInteger();
        WriteBehind w = WriteBehind.start(List.of(() -> {
            calls.incrementAndGet();
            throw eio;
        }), MILLI, "test-write-behind");
        long deadline = System.nanoTime() + 10_000 * MILLI;
        while (w.failure() == null && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertSame(eio, w.failure(), "the kernel reports a failed write-back once: the next checkpoint must see it");
        Thread.sleep(20);
        assertEquals(1, calls.get(), "no pass after a failure");
        w.stop();
        StoreException thrown = assertThrows(StoreException.class, () -> w.rethrowFailure("/runs/r1"));
        assertEquals("/runs/r1 cannot write its pages back to disk: Input/output error", thrown.getMessage());
        assertSame(eio, thrown.getCause());
    }
}
