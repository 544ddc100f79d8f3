package dev.ariadne.cli;

import dev.ariadne.api.RunDirectories;

import dev.ariadne.result.Progress;
import dev.ariadne.result.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small pieces: durations, exit statuses, run directory names, progress lines, JSON text. */
class UnitsTest {
    @TempDir
    Path tmp;

    @Test
    void durationsAcceptSecondsMinutesHoursAndCombinations() {
        assertEquals(30_000, Durations.parseMillis("30s"));
        assertEquals(600_000, Durations.parseMillis("10m"));
        assertEquals(7_200_000, Durations.parseMillis("2h"));
        assertEquals(5_400_000, Durations.parseMillis("1h30m"));
        assertEquals(250, Durations.parseMillis("250ms"));
        for (String bad : new String[] {"abc", "", "30", "-5s", "0s", "5x", "1h 30m"}) {
            assertThrows(IllegalArgumentException.class, () -> Durations.parseMillis(bad), bad);
        }
        assertEquals("1h30m", Durations.formatLimit(5_400_000));
        assertEquals("500ms", Durations.formatLimit(500));
        assertEquals("0.18 s", Durations.format(0.18));
        assertEquals("2m05s", Durations.format(125));
    }

    @Test
    void exitStatusesFollowTheContract() {
        assertEquals(0, ExitCodes.of(Status.OK));
        assertEquals(10, ExitCodes.of(Status.VIOLATION));
        assertEquals(11, ExitCodes.of(Status.DEADLOCK));
        assertEquals(12, ExitCodes.of(Status.ERROR));
        assertEquals(13, ExitCodes.of(Status.LIVENESS));
        assertEquals(3, ExitCodes.of(Status.INTERRUPTED));
        assertEquals(1, ExitCodes.of(Status.FAILED));
        // Most severe first: 1, 12, 10, 11, 13, 3, 0.
        assertEquals(12, ExitCodes.worst(10, 12));
        assertEquals(10, ExitCodes.worst(11, 10));
        assertEquals(3, ExitCodes.worst(0, 3));
        assertEquals(1, ExitCodes.worst(12, 1));
    }

    @Test
    void runDirectoriesAreNamedAfterTheModelAndTimeAndNeverReused() throws IOException {
        LocalDateTime t = LocalDateTime.of(2025, 11, 22, 3, 46, 5);
        Path a = RunDirectories.fresh(tmp.resolve("ariadne-runs"), "examples/die hard.ari", t);
        Path b = RunDirectories.fresh(tmp.resolve("ariadne-runs"), "examples/die hard.ari", t);
        assertEquals(tmp.resolve("ariadne-runs/die_hard-20251122-034605"), a);
        assertEquals(tmp.resolve("ariadne-runs/die_hard-20251122-034605-2"), b);
        assertTrue(Files.isDirectory(a) && Files.isDirectory(b));
    }

    @Test
    void progressLineShowsTimeDepthCountsQueueAndRate() {
        assertEquals("[12.3 s] depth 7: 1,234,567 generated, 456,789 distinct, 12,345 on the queue, 37,137 states/s",
                ProgressLine.format(new Progress(12.3, 7, 1_234_567, 456_789, 12_345, 37_137.3)));
    }

    @Test
    void jsonWriterEscapesStringsAndIndentsContainers() {
        JsonWriter w = new JsonWriter();
        w.beginObject().name("s").value("q\"b\\n\n\t\u0001\u2028é😀").name("empty").beginArray().endArray()
                .name("one").inline().beginObject().name("a").beginArray().value(1).value(true).nullValue().endArray()
                .endObject().endObject();
        assertEquals("{\n  \"s\": \"q\\\"b\\\\n\\n\\t\\u0001\\u2028é😀\",\n  \"empty\": [],\n"
                + "  \"one\": {\"a\": [1, true, null]}\n}", w.toString());
        assertEquals("q\"b\\n\n\t\u0001\u2028é😀", Json.at(Json.parse(w.toString()), "s"));
        JsonWriter lone = new JsonWriter().value("a\uD800b");
        assertEquals("\"a\\ud800b\"", lone.toString());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value(1));
    }
}
