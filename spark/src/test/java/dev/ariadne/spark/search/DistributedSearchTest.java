package dev.ariadne.spark.search;

import dev.ariadne.result.TraceStep;
import dev.ariadne.spark.LocalSpark;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The partitioned search on spaces whose counts are known by arithmetic, in {@code local[2]}. */
class DistributedSearchTest {
    @TempDir
    Path tmp;

    private DistributedSearch search(GridSpace space, boolean deadlock, int partitions, int every, String dir) {
        JavaSparkContext sc = LocalSpark.context();
        DistributedSearch s = new DistributedSearch(sc, space, new SearchOptions(0, false, deadlock, 100), partitions,
                new RunFiles(dir), every, 0, () -> false, p -> { }, line -> { }, false);
        s.run();
        return s;
    }

    @Test
    void countsEveryPointOfTheGrid() {
        DistributedSearch s = search(new GridSpace(12, -1), false, 3, 0, tmp.resolve("a").toString());
        assertEquals(13 * 13, s.totals().distinct());
        assertEquals(25, s.totals().depth());
        // one initial state, and two successors of every point but those on the far edges
        assertEquals(1 + 2L * 12 * 13, s.totals().generated());
        assertEquals(0, s.totals().found());
    }

    @Test
    void aViolationHasTheShortestTrace() {
        GridSpace g = new GridSpace(12, 7);
        DistributedSearch s = search(g, false, 4, 3, tmp.resolve("b").toString());
        assertEquals(1, s.totals().findings().size());
        // the counts of the complete levels up to the violating state's: the points with x + y <= 7, of
        // which those with x + y = 7 are left to expand, and two successors of each point before them
        assertEquals(36, s.totals().distinct());
        assertEquals(8, s.totals().depth());
        assertEquals(8, s.totals().queue());
        assertEquals(1 + 2L * 28, s.totals().generated());
        List<TraceStep> trace = Trace.of(s.totals().findings().get(0), s, g);
        assertEquals(8, trace.size());
        assertEquals("Init", trace.get(0).name());
        long sum = trace.get(7).state().globals().values().stream()
                .mapToLong(v -> ((dev.ariadne.value.IntV) v).value).sum();
        assertEquals(7, sum);
    }

    @Test
    void theFarCornerDeadlocks() {
        GridSpace g = new GridSpace(5, -1);
        DistributedSearch s = search(g, true, 2, 0, tmp.resolve("c").toString());
        assertEquals("DEADLOCK", s.totals().findings().get(0).kind());
        assertEquals(11, Trace.of(s.totals().findings().get(0), s, g).size());
    }
}
