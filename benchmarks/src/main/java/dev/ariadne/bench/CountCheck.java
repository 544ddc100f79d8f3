package dev.ariadne.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks every run's counts against the reference: TLC's runs of the same model in this
 * harness run that agree with the counts TLC found earlier (the catalogue) when there are
 * any, else the catalogue itself. A TLC run can disagree: with several workers TLC sometimes
 * reports a depth one more than its breadth-first depth (seen on Peterson, 11 → 12). Distinct
 * states and depth must match exactly (the twins have the same states one for one); a run
 * that disagrees becomes an error in the table (without any reference, the configurations must
 * agree with each other). Generated counts may differ by a few (TLC
 * counts initial states and the stuttering steps of terminated processes) and are not checked.
 */
final class CountCheck {
    private CountCheck() {
    }

    static List<Measurement> validate(List<Measurement> all) {
        // TLC's runs first: one that disagrees with the catalogue is no reference for the others.
        List<Measurement> tlcChecked = new ArrayList<>();
        for (Measurement m : all) {
            tlcChecked.add(m.valid() && m.config().tool() == Config.Tool.TLC ? check(m, all) : m);
        }
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : tlcChecked) {
            out.add(m.valid() && m.config().tool() != Config.Tool.TLC ? check(m, tlcChecked) : m);
        }
        return out;
    }

    private static Measurement check(Measurement m, List<Measurement> all) {
        BenchModel model = m.config().model();
        if (m.config().tool() == Config.Tool.TLC) {
            if (model.expectedDistinct() > 0 && !sameCounts(m, model.expectedDistinct(), model.expectedDepth())) {
                return m.withError(String.format("TLC found %s distinct, depth %s; benchmarks/tla/README.md says %d, depth %d",
                        m.distinct(), m.depth(), model.expectedDistinct(), model.expectedDepth()));
            }
            return m;
        }
        List<Measurement> tlc = all.stream()
                .filter(t -> t.valid() && t.config().tool() == Config.Tool.TLC && t.config().model().equals(model))
                .toList();
        for (Measurement t : tlc) {
            if (!sameCounts(m, t.distinct(), t.depth())) {
                return m.withError(String.format("COUNTS DISAGREE: %s distinct, depth %s; TLC (%d workers): %s, depth %s",
                        m.distinct(), m.depth(), t.config().workers(), t.distinct(), t.depth()));
            }
        }
        if (tlc.isEmpty() && model.expectedDistinct() > 0
                && !sameCounts(m, model.expectedDistinct(), model.expectedDepth())) {
            return m.withError(String.format("COUNTS DISAGREE: %s distinct, depth %s; TLC (earlier): %d, depth %d",
                    m.distinct(), m.depth(), model.expectedDistinct(), model.expectedDepth()));
        }
        if (tlc.isEmpty() && model.expectedDistinct() == 0) {
            // No reference at all: every configuration must at least agree with the first one.
            Measurement first = all.stream().filter(a -> a.valid() && a.config().model().equals(model))
                    .findFirst().orElse(m);
            if (!sameCounts(m, first.distinct(), first.depth())) {
                return m.withError(String.format("COUNTS DISAGREE: %s distinct, depth %s; %s: %s, depth %s",
                        m.distinct(), m.depth(), first.config().key(), first.distinct(), first.depth()));
            }
        }
        return m;
    }

    private static boolean sameCounts(Measurement m, Long distinct, Long depth) {
        return Objects.equals(m.distinct(), distinct) && Objects.equals(m.depth(), depth);
    }
}
