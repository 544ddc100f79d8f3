package dev.ariadne.snapshot.symmetry;

import dev.ariadne.api.Ariadne;
import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.result.CheckResult;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.vm.Machine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canonical form against brute force: every reachable state of small symmetric
 * models is enumerated without reduction, its orbit computed by applying all n!
 * permutations, and the orbit named by its least encoding. Every state of an orbit
 * must get the same canonical fingerprint, states of different orbits different ones,
 * and the checker with symmetry must count exactly the orbits.
 */
class CanonicalFormTest {
    private static final Path DIR = Path.of("src", "test", "resources", "symmetry");

    @ParameterizedTest
    @ValueSource(strings = {"two_phase_commit.ari", "votes.ari", "mutex.ari", "ring.ari"})
    void everyOrbitHasOneFormAndFormsTellOrbitsApart(String model) throws Exception {
        Program p = ModelLoader.load(DIR.resolve(model), Map.of());
        assertEquals(1, p.symmetricSetCount(), "one symmetric set");
        List<int[]> perms = permutations(p.symmetricSet(0).length);
        List<byte[]> states = reachable(p);
        Machine m = new Machine(p);
        Machine image = new Machine(p);
        StateCodec plain = new StateCodec(p, false);
        StateCodec canonical = new StateCodec(p, true);
        Canonicalizer renamer = new Canonicalizer(p);
        Map<String, Long> formOfOrbit = new HashMap<>();
        Map<Long, String> orbitOfForm = new HashMap<>();
        for (byte[] s : states) {
            plain.decodeInto(s, m);
            canonical.encode(m);
            long form = canonical.fingerprint();
            String orbit = null;
            for (int[] perm : perms) {
                renamer.rename(m, new int[][] {perm}, image);
                canonical.encode(image);
                assertEquals(form, canonical.fingerprint(), model + ": a renamed state has another canonical form");
                plain.encodeAsIs(image);
                String bytes = Arrays.toString(plain.bytes());
                orbit = orbit == null || bytes.compareTo(orbit) < 0 ? bytes : orbit;
            }
            Long before = formOfOrbit.putIfAbsent(orbit, form);
            assertTrue(before == null || before == form, model + ": one orbit, two forms");
            String other = orbitOfForm.putIfAbsent(form, orbit);
            assertTrue(other == null || other.equals(orbit), model + ": two orbits share a form");
        }
        ExploreOptions o = ExploreOptions.defaults().withDeadlock(false);
        CheckResult reduced = Ariadne.check(p).workers(2).options(o).run().result();
        CheckResult full = Ariadne.check(p).workers(2).options(o.withSymmetry(false)).run().result();
        assertEquals(states.size(), full.distinct(), model + ": the enumeration finds what the checker finds");
        assertEquals(formOfOrbit.size(), reduced.distinct(), model + ": the reduced check counts the orbits");
        assertEquals(full.status(), reduced.status(), model + ": the verdicts agree");
    }

    /** Every reachable state, breadth-first, without reduction. */
    private static List<byte[]> reachable(Program p) {
        Machine m = new Machine(p);
        StateCodec codec = new StateCodec(p, false);
        Set<Long> seen = new HashSet<>();
        List<byte[]> out = new ArrayList<>();
        ArrayDeque<byte[]> queue = new ArrayDeque<>();
        m.init(id -> {
            codec.encode(m);
            if (seen.add(codec.fingerprint())) {
                queue.add(codec.bytes());
            }
        });
        while (!queue.isEmpty()) {
            byte[] s = queue.poll();
            out.add(s);
            codec.decodeInto(s, m);
            for (int step = 0; step < m.stepCount(); step++) {
                m.runStep(step, id -> {
                    codec.encode(m);
                    if (seen.add(codec.fingerprint())) {
                        queue.add(codec.bytes());
                    }
                });
            }
        }
        return out;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> out = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] p, boolean[] used, int k, List<int[]> out) {
        if (k == p.length) {
            out.add(p.clone());
            return;
        }
        for (int v = 0; v < p.length; v++) {
            if (!used[v]) {
                used[v] = true;
                p[k] = v;
                permute(p, used, k + 1, out);
                used[v] = false;
            }
        }
    }
}
