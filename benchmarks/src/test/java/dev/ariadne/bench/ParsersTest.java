package dev.ariadne.bench;

import dev.ariadne.cli.Json;
import dev.ariadne.cli.JsonWriter;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The readers of TLC's output, GC logs and JSON, on text captured from real runs. */
class ParsersTest {
    @Test
    void readsTlcOutput() {
        TlcOutput t = TlcOutput.parse(List.of(
                "TLC2 Version 2.18 of 20 March 2023 (rev: 3ea3222)",
                "Running breadth-first search Model-Checking with fp 88 and seed 1 with 2 workers on 2 cores with "
                        + "5358MB heap and 64MB offheap memory [pid: 3741] (Linux 6.1 amd64, MSBDiskFPSet, DiskStateQueue).",
                "Starting... (2026-11-22 04:26:35)",
                "Progress(8) at 2026-11-22 04:31:32: 142,582 states generated (142,582 s/min), 26,463 distinct states found "
                        + "(26,463 ds/min), 16,341 states left on queue.",
                "Model checking completed. No error has been found.",
                "  calculated (optimistic):  val = 1.6E-6",
                "18507778 states generated, 1745408 distinct states found, 0 states left on queue.",
                "The depth of the complete state graph search is 26.",
                "Finished in 02min 41s at (2026-11-22 04:34:08)"));
        assertEquals("ok", t.status());
        assertEquals(1_745_408L, t.distinct());
        assertEquals(18_507_778L, t.generated());
        assertEquals(26L, t.depth());
        assertEquals(1.6e-6, t.collision());
        assertEquals(5358L, t.heapMb());
        assertEquals(64L, t.offHeapMb());
        assertEquals("TLC2 Version 2.18 of 20 March 2023 (rev: 3ea3222)", t.version());
    }

    @Test
    void readsATlcError() {
        TlcOutput t = TlcOutput.parse(List.of("Error: Invariant Consistent is violated.", "Finished in 01s at (x)"));
        assertEquals("error", t.status());
        assertEquals("Error: Invariant Consistent is violated.", t.firstError());
        assertNull(t.distinct());
    }

    @Test
    void readsG1AndParallelGcLogs() {
        GcLog.Heap g1 = GcLog.parse(7, List.of(
                "[0.003s][info][gc] Using G1",
                "[1.630s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 19M->6M(388M) 5.542ms",
                "[3.612s][info][gc] GC(5) Pause Remark 15M->15M(96M) 4.657ms",
                "[3.638s][info][gc] GC(5) Concurrent Mark Cycle 57.075ms",
                "[7.041s][info][gc,heap,exit]  garbage-first heap   total 98304K, used 43889K [0x0, 0x0)",
                "[7.041s][info][gc,heap,exit]  Metaspace       used 25102K, committed 25408K, reserved 1114112K"));
        assertEquals(15L << 20, g1.peakAfterGc());
        assertEquals(19L << 20, g1.peakBeforeGc());
        assertEquals(388L << 20, g1.peakCommitted());
        assertEquals(43889L << 10, g1.usedAtExit());
        assertEquals(2, g1.pauses());
        assertEquals((5.542 + 4.657) / 1000, g1.pauseSeconds(), 1e-9);
        GcLog.Heap par = GcLog.parse(8, List.of(
                "[2.0s][info][gc] GC(0) Pause Young (Allocation Failure) 1G->100M(2G) 12.3ms",
                "[9.0s][info][gc,heap,exit]  PSYoungGen      total 76288K, used 5243K [0x0, 0x0)",
                "[9.0s][info][gc,heap,exit]   eden space 65536K, 8% used [0x0, 0x0)",
                "[9.0s][info][gc,heap,exit]  ParOldGen       total 175104K, used 1000K [0x0, 0x0)"));
        assertEquals(100L << 20, par.peakAfterGc());
        assertEquals(1L << 30, par.peakUsed());
        assertEquals((5243L + 1000L) << 10, par.usedAtExit());
    }

    @Test
    void jsonRoundTrips() {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("s", "a \"q\" \\ \n é");
        doc.put("n", 12L);
        doc.put("d", 0.5);
        doc.put("tiny", 4.8e-17);
        doc.put("nan", Double.NaN);
        doc.put("l", List.of(1L, 2L));
        doc.put("o", List.of(Map.of("k", true)));
        doc.put("none", null);
        Object back = Json.parse(JsonWriter.tree(doc));
        assertEquals("a \"q\" \\ \n é", Json.at(back, "s"));
        assertEquals(12L, Json.at(back, "n"));
        assertEquals(0.5, Json.at(back, "d"));
        assertEquals(4.8e-17, (Double) Json.at(back, "tiny"), 1e-22);
        assertNull(Json.at(back, "nan"));
        assertEquals(2L, Json.at(back, "l", 1));
        assertEquals(true, Json.at(back, "o", 0, "k"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1,}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));
    }

    @Test
    void statsAreMedianAndRange() {
        Stats s = Stats.of(java.util.Arrays.asList(3.0, null, 1.0, 2.0, 10.0));
        assertEquals(4, s.n());
        assertEquals(2.5, s.median());
        assertEquals(1.0, s.min());
        assertEquals(10.0, s.max());
        assertNull(Stats.of(List.of()));
    }
}
