package dev.ariadne.space;

import dev.ariadne.api.Ariadne;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.Status;
import dev.ariadne.space.lang.LanguageSpace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A breadth-first search written only against {@link StateSpace} and {@link Cursor}, as a
 * distributed engine would drive them, finds the same distinct states, generated states and
 * depth as the checker on example models (whose counts are verified by TLC).
 */
class InterfaceSearchTest {
    /** What a plain search over the interface counts. */
    record Counts(long distinct, long generated, int depth) {
    }

    static Counts search(StateSpace space) {
        Cursor c = space.cursor();
        Set<Long> seen = new HashSet<>();
        ArrayDeque<byte[]> queue = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        long[] generated = {0};
        c.initialStates((step, fp, bytes, off, len) -> {
            assertEquals(StateSpace.INIT_STEP, step);
            assertEquals(space.fingerprint(bytes, off, len), fp);
            generated[0]++;
            if (seen.add(fp)) {
                queue.add(Arrays.copyOfRange(bytes, off, off + len));
                depths.add(1);
            }
        });
        int depth = queue.isEmpty() ? 0 : 1;
        while (!queue.isEmpty()) {
            byte[] s = queue.poll();
            int d = depths.poll();
            c.load(space.fingerprint(s, 0, s.length), s, 0, s.length);
            assertEquals(null, c.violation());
            if (!c.expandable()) {
                continue;
            }
            for (int step = 0; step < c.stepCount(); step++) {
                c.runStep(step, (id, fp, bytes, off, len) -> {
                    generated[0]++;
                    if (seen.add(fp)) {
                        queue.add(Arrays.copyOfRange(bytes, off, off + len));
                        depths.add(d + 1);
                    }
                });
            }
            depth = Math.max(depth, d);
        }
        return new Counts(seen.size(), generated[0], depth);
    }

    @ParameterizedTest
    @CsvSource({"peterson.ari,", "two_phase_commit.ari,RM_COUNT=3", "filter_lock.ari,N=3", "dining_philosophers.ari,FIXED=True"})
    void aSearchOverTheInterfaceCountsAsTheCheckerDoes(String file, String consts) throws Exception {
        Map<String, String> c = consts == null ? Map.of() : Map.of(consts.split("=")[0], consts.split("=")[1]);
        Program p = ModelLoader.load(Path.of("..", "examples", file), c);
        CheckResult r = Ariadne.check(p).workers(1).options(ExploreOptions.defaults()).run().result();
        assertEquals(Status.OK, r.status(), file);
        Counts counts = search(new LanguageSpace(p, ExploreOptions.defaults().space(), null));
        assertEquals(new Counts(r.distinct(), r.generated(), r.depth()), counts, file);
    }
}
