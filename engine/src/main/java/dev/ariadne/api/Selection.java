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
