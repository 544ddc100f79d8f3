package dev.ariadne.api;

import dev.ariadne.expand.ExploreOptions;
import dev.ariadne.lang.compile.CheckInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.compile.PropertyInfo;

import java.util.List;

/** The invariants and properties a check was asked for with {@code --invariant} / {@code --property}, checked against the model. */
public final class Selection {
    private Selection() {
    }

    /** Refuses (exit 2) a name the model does not declare, naming the ones it does. */
    public static void check(Program program, ExploreOptions options) {
        check("invariant", options.space().invariants(), program.invariants().stream().map(CheckInfo::name).toList());
        check("property", options.space().properties(), program.properties().stream().map(PropertyInfo::name).toList());
    }

    /**
     * Refuses symmetry reduction with temporal properties: a cycle in the reduced graph
     * need not be one of the model (TLC's manual warns the same), so the verdict could be
     * wrong either way. The user chooses: {@code --no-symmetry}, or only invariants.
     */
    public static void checkSymmetry(String model, Program program, ExploreOptions options) {
        if (!options.space().symmetry() || !dev.ariadne.snapshot.symmetry.Canonicalizer.applies(program)) {
            return;
        }
        List<String> temporal = program.properties().stream()
                .filter(p -> p.form() != dev.ariadne.lang.syntax.TemporalForm.ALWAYS)
                .filter(p -> options.space().properties() == null || options.space().properties().contains(p.name()))
                .map(PropertyInfo::name).toList();
        if (!temporal.isEmpty()) {
            throw new CheckException("'" + model + "' has symmetric values and the temporal property '" + temporal.get(0)
                    + "': symmetry reduction can miss or invent liveness violations, so it is not used with them;"
                    + " add --no-symmetry to check every state");
        }
    }

    private static void check(String what, List<String> selected, List<String> declared) {
        if (selected == null) {
            return;
        }
        for (String name : selected) {
            if (!declared.contains(name)) {
                String known = declared.isEmpty() ? "the model declares no " + what
                        : "the model declares " + (declared.size() == 1 ? "only " : "") + "'"
                        + String.join("', '", declared) + "'";
                throw new CheckException("--" + what + " '" + name + "': no " + what + " of that name (" + known + ")");
            }
        }
    }
}
