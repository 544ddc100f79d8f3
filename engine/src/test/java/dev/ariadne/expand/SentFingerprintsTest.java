package dev.ariadne.expand;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a worker process remembers having sent, by batch. */
class SentFingerprintsTest {
    @Test
    void aFingerprintIsKnownOnlyToBatchesAfterTheOneThatSentIt() {
        SentFingerprints sent = new SentFingerprints();
        sent.record(42, 5);
        assertFalse(sent.knownBefore(42, 5), "the batch that sent it must send it again if retried");
        assertFalse(sent.knownBefore(42, 3), "an earlier (retried) batch must send it");
        assertTrue(sent.knownBefore(42, 6));
        assertFalse(sent.knownBefore(43, 100), "never sent");
    }

    @Test
    void theEarliestBatchIsKept() {
        SentFingerprints sent = new SentFingerprints();
        sent.record(7, 9);
        sent.record(7, 4);
        sent.record(7, 8);
        assertTrue(sent.knownBefore(7, 5));
        assertFalse(sent.knownBefore(7, 4));
    }

    @Test
    void everythingSurvivesGrowthUntilTheTableIsFullThenItIsForgotten() {
        SentFingerprints sent = new SentFingerprints();
        int n = 1_000_000;
        for (long i = 1; i <= n; i++) {
            sent.record(i * 0x9E3779B97F4A7C15L, i);
        }
        for (long i = 1; i <= n; i += 997) {
            assertTrue(sent.knownBefore(i * 0x9E3779B97F4A7C15L, i + 1), "entry " + i);
            assertFalse(sent.knownBefore(i * 0x9E3779B97F4A7C15L, i), "entry " + i);
        }
        long last = (1 << 21) + 10; // past half of the largest table (2^22 slots): forgets, then goes on
        for (long i = n + 1; i <= last; i++) {
            sent.record(i * 0x9E3779B97F4A7C15L, i);
        }
        assertFalse(sent.knownBefore(0x9E3779B97F4A7C15L, Long.MAX_VALUE), "forgotten: it is only sent again");
        assertTrue(sent.knownBefore(last * 0x9E3779B97F4A7C15L, Long.MAX_VALUE));
    }
}
