package dev.ariadne.collect;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The visited set while it grows under readers: a reader never sees a fingerprint that was
 * not added, and sees every one added before it last looked at the count of added ones.
 */
class FingerprintSetTest {
    private static long fp(long i) {
        return (i + 1) * 0x9E3779B97F4A7C15L;
    }

    @Test
    void readersDuringGrowthSeeEverythingPublishedAndNothingElse() throws Exception {
        FingerprintSet set = new FingerprintSet(16); // grows about sixteen times below
        int n = 1 << 20;
        AtomicLong published = new AtomicLong();
        AtomicReference<String> wrong = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] readers = new Thread[3];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                java.util.Random rnd = new java.util.Random();
                while (published.get() < n && wrong.get() == null) {
                    long p = published.get();
                    if (p > 0) {
                        long i = rnd.nextLong(p);
                        if (!set.contains(fp(i))) {
                            wrong.set("added " + i + " (of " + p + ") is missing");
                        }
                    }
                    long never = fp(n + rnd.nextInt(n));
                    if (set.contains(never)) {
                        wrong.set("a fingerprint never added is there: " + never);
                    }
                }
            });
            readers[r].start();
        }
        start.countDown();
        for (long i = 0; i < n; i++) {
            assertTrue(set.add(fp(i)));
            published.set(i + 1);
        }
        for (Thread t : readers) {
            t.join();
        }
        assertNull(wrong.get());
        assertEquals(n, set.size());
        for (long i = 0; i < n; i += 101) {
            assertFalse(set.add(fp(i)), "added twice: " + i);
        }
    }

    @Test
    void zeroIsReserved() {
        assertThrows(IllegalArgumentException.class, () -> new FingerprintSet(16).add(0));
    }
}
