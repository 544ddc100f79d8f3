package dev.ariadne.explore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a model's {@code .expected} file: the command-line arguments and what the
 * check must report (status, counts, the violation's kind and name, the trace length).
 */
record Expectation(String name, Map<String, String> consts, boolean noDeadlock, List<String> invariants,
                   Map<String, String> expect, boolean noSymmetry) {

    static List<Expectation> read(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        String base = file.getFileName().toString().replace(".expected", "");
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : (Files.readString(file) + "\n---\n").split("\n")) {
            if (line.equals("---")) {
                if (!fields.isEmpty()) {
                    out.add(of(base + " " + fields.getOrDefault("args", ""), fields));
                }
                fields = new LinkedHashMap<>();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int colon = line.indexOf(':');
                fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static Expectation of(String name, Map<String, String> fields) {
        Map<String, String> consts = new LinkedHashMap<>();
        boolean noDeadlock = false;
        boolean noSymmetry = false;
        List<String> invariants = new ArrayList<>();
        String[] args = fields.getOrDefault("args", "").trim().split("\\s+");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--no-deadlock")) {
                noDeadlock = true;
            } else if (args[i].equals("--no-symmetry")) {
                noSymmetry = true;
            } else if (args[i].equals("--invariant")) {
                invariants.add(args[++i]);
            } else if (args[i].equals("--const")) {
                String kv = args[++i];
                consts.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            } else if (!args[i].isEmpty()) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Map<String, String> expect = new LinkedHashMap<>(fields);
        expect.remove("args");
        return new Expectation(name.trim(), consts, noDeadlock, List.copyOf(invariants), expect, noSymmetry);
    }
}
