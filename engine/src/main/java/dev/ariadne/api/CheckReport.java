package dev.ariadne.api;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.result.CheckResult;
import dev.ariadne.result.PropertyVerdict;
import dev.ariadne.result.Status;
import dev.ariadne.value.Repr;
import dev.ariadne.value.Value;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What one run of a check found, as values: the verdict, the counts, every violation with
 * its trace and every property's verdict; for a run of a matrix, its constants.
 *
 * @param model        the model's file name as given
 * @param label        the run's constants in a matrix ({@code N=3 M=2}), or null for a lone run
 * @param result       the explorer's result (counts, violations without traces, failure)
 * @param violations   {@code result.violations()} with their traces, in the same order
 * @param runDirectory where the run is stored (resume or trace it there), or null when kept in memory
 */
public record CheckReport(String model, String label, Program program, CheckResult result,
                          List<Counterexample> violations, Path runDirectory) {
    public CheckReport {
        violations = List.copyOf(violations);
    }

    public Status status() {
        return result.status();
    }

    /** Whether the check ended and found nothing wrong. */
    public boolean passed() {
        return result.status() == Status.OK;
    }

    public long distinctStates() {
        return result.distinct();
    }

    public long generatedStates() {
        return result.generated();
    }

    /** The greatest depth of a discovered state (an initial state has depth 1). */
    public int depth() {
        return result.depth();
    }

    /** How many violations were found in all ({@link #violations()} keeps the first ones). */
    public long violationCount() {
        return Math.max(result.violationCount(), result.violations().size());
    }

    /** The first violation, or null. */
    public Counterexample violation() {
        return violations.isEmpty() ? null : violations.get(0);
    }

    public List<PropertyVerdict> properties() {
        return result.properties();
    }

    /** The verdict on property {@code name} ({@code Name} or {@code Name(arg)}), or null if the model has none such. */
    public PropertyVerdict property(String name) {
        return result.properties().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** For a failed run, the internal error; for an interrupted one, the fault that stopped it, or null. */
    public Throwable failure() {
        return result.failure();
    }

    /** The model's constants with the values the run used, in declaration order. */
    public Map<String, Value> constants() {
        Map<String, Value> values = new LinkedHashMap<>();
        for (int i = 0; i < program.constNames().size(); i++) {
            values.put(program.constNames().get(i), program.constValue(i));
        }
        return values;
    }

    /** One line: the model, its constants, the verdict and the counts. */
    public String summary() {
        StringJoiner consts = new StringJoiner(", ", " (", ")").setEmptyValue("");
        constants().forEach((k, v) -> consts.add(k + "=" + Repr.repr(v)));
        return String.format(Locale.US, "%s%s: %s, %,d distinct states, %,d generated, depth %d", model, consts,
                status().label, distinctStates(), generatedStates(), depth());
    }

    /** The summary line, then every violation with its trace. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(summary()).append('\n');
        for (Counterexample c : violations) {
            b.append('\n').append(c);
        }
        return b.toString();
    }
}
