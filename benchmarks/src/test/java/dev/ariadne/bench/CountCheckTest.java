package dev.ariadne.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts are checked against TLC's runs, but only against those that agree with the catalogue. */
class CountCheckTest {
    private static final BenchModel PETERSON = new BenchModel("peterson", "examples/peterson.ari", List.of(),
            "Peterson", "Peterson.cfg", List.of(), "test", 42, 11);

    @Test
    void aTlcRunThatDisagreesWithTheCatalogueIsAnErrorAndNoReference() {
        Measurement goodTlc = run(Config.Tool.TLC, null, 1, 42, 11);
        Measurement oddTlc = run(Config.Tool.TLC, null, 2, 42, 12);
        Measurement ariadne = run(Config.Tool.ARIADNE, "thread", 2, 42, 11);
        List<Measurement> checked = CountCheck.validate(List.of(goodTlc, oddTlc, ariadne));
        assertNull(checked.get(0).error());
        assertTrue(checked.get(1).error().contains("benchmarks/tla/README.md says 42, depth 11"), checked.get(1).error());
        assertNull(checked.get(2).error(), "checked against the TLC runs that agree with the catalogue");
    }

    @Test
    void anAriadneRunThatDisagreesWithTlcIsAnError() {
        Measurement tlc = run(Config.Tool.TLC, null, 1, 42, 11);
        Measurement ariadne = run(Config.Tool.ARIADNE, "thread", 1, 41, 11);
        List<Measurement> checked = CountCheck.validate(List.of(tlc, ariadne));
        assertTrue(checked.get(1).error().startsWith("COUNTS DISAGREE: 41 distinct"), checked.get(1).error());
    }

    @Test
    void withoutAnyAgreeingTlcRunTheCatalogueIsTheReference() {
        Measurement oddTlc = run(Config.Tool.TLC, null, 2, 42, 12);
        Measurement right = run(Config.Tool.ARIADNE, "process", 1, 42, 11);
        Measurement wrong = run(Config.Tool.ARIADNE, "process", 2, 43, 11);
        List<Measurement> checked = CountCheck.validate(List.of(oddTlc, right, wrong));
        assertNull(checked.get(1).error());
        assertTrue(checked.get(2).error().contains("TLC (earlier): 42, depth 11"), checked.get(2).error());
    }

    private static Measurement run(Config.Tool tool, String isolation, int workers, long distinct, long depth) {
        return new Measurement(new Config(PETERSON, tool, isolation, workers), 0, 0, null, "ok", distinct, 77L, depth,
                1.0, 0.1, 1.0, null, null, 1, null, null, null, null, null, null, null, null, null);
    }
}
