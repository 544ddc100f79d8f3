package dev.ariadne.spark;

import dev.ariadne.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the command in this JVM and reads its JSON report: exit status, output and the counts. */
record Cli(int exit, String out, String err, String json) {
    static Cli run(Path json, String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--json";
        all[args.length + 1] = json.toString();
        int exit = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String report = Files.exists(json) ? Files.readString(json) : "";
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), report);
    }

    /** The first value of a JSON field (the report's own status comes before its run's). */
    String field(String name) {
        Matcher m = Pattern.compile("\"" + name + "\": \"?([^\",]*)\"?[,\\n]").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The states of the first violation's trace (a failing last step has none). */
    long traceStates() {
        return json.lines().map(String::strip).filter(l -> l.startsWith("{\"step\":"))
                .filter(l -> !l.contains("\"state\": null")).count();
    }

    /**
     * What the reports agree on between engines: verdict, violation kind and name, trace length,
     * and for a finished run the counts and depth (those of a violated run depend on where in
     * its last level each engine stopped: CLI.md).
     */
    String summary() {
        String counts = "ok".equals(field("status"))
                ? " distinct=" + field("distinct_states") + " depth=" + field("depth") : "";
        return "status=" + field("status") + counts + " kind=" + field("kind") + " name=" + field("name")
                + " trace=" + traceStates();
    }
}
