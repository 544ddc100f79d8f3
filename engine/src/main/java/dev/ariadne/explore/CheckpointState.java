package dev.ariadne.explore;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The explorer's own part of a checkpoint, as text: where each depth starts, the
 * violations kept so far, how many were found in all, and whether the run is over. One
 * item per line, fields separated by tabs, strings in base64 so they may hold anything.
 */
final class CheckpointState {
    private CheckpointState() {
    }

    static String write(List<Long> levelStarts, List<Violation> violations, long count, boolean finished) {
        StringBuilder b = new StringBuilder();
        b.append("finished\t").append(finished).append('\n');
        b.append("count\t").append(count).append('\n');
        b.append("levels");
        for (long l : levelStarts) {
            b.append('\t').append(l);
        }
        b.append('\n');
        for (Violation v : violations) {
            b.append("violation\t").append(v.kind().name()).append('\t').append(enc(v.name())).append('\t')
                    .append(enc(v.message())).append('\t').append(v.offset()).append('\t').append(v.stateFp())
                    .append('\t').append(v.stepId()).append('\t').append(enc(v.stepName())).append('\t')
                    .append(enc(String.join("\n", v.traceback()))).append('\n');
        }
        return b.toString();
    }

    static boolean finished(String state) {
        return state != null && state.startsWith("finished\ttrue");
    }

    /** How many violations were found in all (more than were kept past the cap); 0 if not recorded. */
    static long count(String state) {
        if (state == null) {
            return 0;
        }
        for (String line : state.split("\n")) {
            if (line.startsWith("count\t")) {
                return Long.parseLong(line.substring("count\t".length()));
            }
        }
        return 0;
    }

    static void read(String state, List<Long> levelStarts, List<Violation> violations) {
        if (state == null) {
            return;
        }
        for (String line : state.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "levels" -> {
                    for (int i = 1; i < f.length; i++) {
                        levelStarts.add(Long.parseLong(f[i]));
                    }
                }
                case "violation" -> {
                    String tb = dec(f[8]);
                    violations.add(new Violation(ViolationKind.valueOf(f[1]), dec(f[2]), dec(f[3]),
                            Integer.parseInt(f[4]), Long.parseLong(f[5]), Integer.parseInt(f[6]), dec(f[7]),
                            tb == null || tb.isEmpty() ? List.of() : new ArrayList<>(List.of(tb.split("\n")))));
                }
                default -> {
                }
            }
        }
    }

    private static String enc(String s) {
        return s == null ? "-" : Base64.getEncoder().encodeToString(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return s.equals("-") ? null : new String(Base64.getDecoder().decode(s), java.nio.charset.StandardCharsets.UTF_8);
    }
}
