package dev.ariadne.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed set of benchmark models, each with its TLA+ twin and the counts TLC found for it
 * (in {@code benchmarks/tla/README.md}), so that every harness run measures the same work.
 */
public final class Catalogue {
    private static final Map<String, BenchModel> MODELS = new LinkedHashMap<>();

    /** What a plain {@code benchmarks/harness} runs: two start-up models and three of 100k to 400k states. */
    public static final List<String> DEFAULT = List.of("peterson", "2pc-3", "race-6", "2pc-7", "filter-5");

    static {
        // Counts and depths: TLC 2.18 on the twins (benchmarks/tla/README.md); every run is checked against them.
        add(new BenchModel("peterson", "examples/peterson.ari", List.of(),
                "Peterson.tla", "Peterson.cfg", List.of(), "startup", 42, 11));
        add(new BenchModel("2pc-3", "examples/two_phase_commit.ari", List.of("RM_COUNT=3"),
                "TwoPhase.tla", "TwoPhase_3.cfg", List.of(), "startup", 288, 11));
        add(new BenchModel("2pc-5", "examples/two_phase_commit.ari", List.of("RM_COUNT=5"),
                "TwoPhase.tla", "TwoPhase_5.cfg", List.of(), "startup", 8_832, 17));
        // The reference race model of the engine's tests: a process-style model with short steps.
        add(new BenchModel("race-6", "engine/src/test/resources/explore/reference/race_no_invariant.ari",
                List.of("N=6"), "Race.tla", "Race_6.cfg", List.of(), "throughput", 118_509, 13));
        add(new BenchModel("2pc-7", "examples/two_phase_commit.ari", List.of("RM_COUNT=7"),
                "TwoPhase.tla", "TwoPhase_7.cfg", List.of(), "throughput", 296_448, 23));
        add(new BenchModel("filter-5", "examples/filter_lock.ari", List.of("N=5"),
                "FilterLock.tla", "FilterLock_5.cfg", List.of(), "throughput", 367_095, 57));
        // Liveness: filter-5 with weakly fair processes and starvation freedom for each of them
        // (5 temporal properties); TLC 2.18 on the twin: 367,095 distinct, 1,279,096 generated, depth 57, no error.
        add(new BenchModel("filter-5-live", "benchmarks/models/filter_lock_fair.ari", List.of("N=5"),
                "FilterLockLive.tla", "FilterLockLive_5.cfg", List.of(), "liveness", 367_095, 57));
        // Over a million states: the process/thread comparison on a big model (not in the default set);
        // TLC 2.18, 2 workers: 1,745,408 distinct, 18,507,778 generated, depth 26.
        add(new BenchModel("2pc-8", "examples/two_phase_commit.ari", List.of("RM_COUNT=8"),
                "TwoPhase.tla", "TwoPhase_8.cfg", List.of(), "throughput", 1_745_408, 26));
        // The process-style model of issue 17's targets (at least 500,000 states), the race with 7
        // processes; TLC 2.18, 2 workers: 1,884,452 distinct, 4,367,064 generated, depth 15.
        add(new BenchModel("race-7", "engine/src/test/resources/explore/reference/race_no_invariant.ari",
                List.of("N=7"), "Race.tla", "Race_7.cfg", List.of(), "throughput", 1_884_452, 15));
    }

    private Catalogue() {
    }

    private static void add(BenchModel m) {
        MODELS.put(m.name(), m);
    }

    public static List<BenchModel> all() {
        return new ArrayList<>(MODELS.values());
    }

    /** The models with these names, in the order given; an unknown name is an error that lists the known ones. */
    public static List<BenchModel> select(List<String> names) {
        List<BenchModel> out = new ArrayList<>();
        for (String n : names) {
            BenchModel m = MODELS.get(n.trim());
            if (m == null) {
                throw new IllegalArgumentException("unknown model '" + n + "'; known: " + String.join(", ", MODELS.keySet()));
            }
            out.add(m);
        }
        return out;
    }
}
