package dev.ariadne.cli;

import dev.ariadne.api.CheckBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --const NAME=EXPR} options of a command (a picocli mixin), checked and grouped by name. */
final class ConstOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--const", paramLabel = "NAME=EXPR",
            description = "override a const with an expression of the model language (repeatable)")
    List<String> consts = new ArrayList<>();

    /**
     * Every value given for each name, in order and without repeats. Names and values are
     * stripped of Unicode white space only, as {@link String#isBlank} sees it, so a value of
     * control characters reaches the model's parser (which reports it) instead of becoming empty.
     */
    Map<String, List<String>> byName() {
        CommandLine cmd = mixee.commandLine();
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String c : consts) {
            int eq = c.indexOf('=');
            String name = eq < 0 ? c : c.substring(0, eq).strip();
            if (eq < 0 || !CheckBuilder.isConstantName(name) || c.substring(eq + 1).isBlank()) {
                throw new ParameterException(cmd, "--const '" + c + "': expected NAME=EXPR, e.g. N=3");
            }
            values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(c.substring(eq + 1).strip());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((name, vs) -> out.put(name, new ArrayList<>(vs)));
        return out;
    }
}
