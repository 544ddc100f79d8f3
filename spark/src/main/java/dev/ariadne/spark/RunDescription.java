package dev.ariadne.spark;

import dev.ariadne.cli.engine.EngineRequest;
import dev.ariadne.cli.engine.StoredRun;
import dev.ariadne.expand.ExploreOptions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The description of a distributed run in its directory ({@code spark-run.properties}): the
 * model's text and constants and the options that define its state space, so that
 * {@code resume} explores the same space, and its partition count, which a resume keeps.
 */
final class RunDescription {
    private static final String CONST = "const.";

    private RunDescription() {
    }

    static Properties of(EngineRequest r, int partitions) {
        Properties p = new Properties();
        ExploreOptions o = r.options();
        p.setProperty("model", r.model());
        p.setProperty("text", Base64.getEncoder().encodeToString(r.text().getBytes(StandardCharsets.UTF_8)));
        r.overrides().forEach((k, v) -> p.setProperty(CONST + k, v));
        p.setProperty("max_depth", Integer.toString(o.search().maxDepth()));
        p.setProperty("check_deadlock", Boolean.toString(o.space().checkDeadlock()));
        p.setProperty("keep_going", Boolean.toString(o.search().keepGoing()));
        p.setProperty("max_violations", Integer.toString(o.search().maxViolations()));
        if (o.space().invariants() != null) {
            p.setProperty("invariants", String.join(",", o.space().invariants()));
        }
        if (o.space().properties() != null) {
            p.setProperty("properties", String.join(",", o.space().properties()));
        }
        p.setProperty("checkpoint_every", Integer.toString(r.checkpointEvery()));
        p.setProperty("partitions", Integer.toString(partitions));
        return p;
    }

    static StoredRun read(Properties p) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith(CONST)) {
                overrides.put(k.substring(CONST.length()), p.getProperty(k));
            }
        }
        ExploreOptions o = ExploreOptions.defaults()
                .withMaxDepth(Integer.parseInt(p.getProperty("max_depth")))
                .withDeadlock(Boolean.parseBoolean(p.getProperty("check_deadlock")))
                .withKeepGoing(Boolean.parseBoolean(p.getProperty("keep_going")))
                .withMaxViolations(Integer.parseInt(p.getProperty("max_violations")))
                .withInvariants(names(p.getProperty("invariants")))
                .withProperties(names(p.getProperty("properties")));
        String text = new String(Base64.getDecoder().decode(p.getProperty("text")), StandardCharsets.UTF_8);
        return new StoredRun(p.getProperty("model"), text, overrides, o,
                Integer.parseInt(p.getProperty("checkpoint_every")), Integer.parseInt(p.getProperty("partitions")));
    }

    private static List<String> names(String joined) {
        return joined == null ? null : joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
