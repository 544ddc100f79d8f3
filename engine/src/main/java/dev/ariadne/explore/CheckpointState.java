package dev.ariadne.explore;

import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The explorer's own part of a checkpoint, as text: where each depth starts, the
 * violations kept so far, how many were found in all, whether the exploration is over,
 * how much of the state graph (for temporal properties) belongs to it and whether those
 * properties were checked. One item per line, fields separated by tabs; lines a reader
 * does not know are skipped, so runs written before a line existed still resume.
 */
final class CheckpointState {
    final List<Long> levelStarts = new ArrayList<>();
    final List<Violation> violations = new ArrayList<>();
    boolean finished;
    /** The initial states were still being enumerated: resume enumerates them again, skipping the stored ones. */
    boolean initialising;
    /** How many violations were found in all (more than were kept past the cap); 0 if not recorded. */
    long count;
    long graphBytes;
    long graphRecords;
    boolean livenessDone;
    /** The temporal property instances found violated (their violations may not all be kept). */
    final List<String> livenessViolated = new ArrayList<>();

    private CheckpointState() {
    }

    /** The explorer's state at a checkpoint; {@link LivenessPhase#beforeCheckpoint} adds the graph's part. */
    CheckpointState(List<Long> levelStarts, List<Violation> violations, boolean finished, long count) {
        this.levelStarts.addAll(levelStarts);
        this.violations.addAll(violations);
        this.finished = finished;
        this.count = count;
    }

    String write() {
        StringBuilder b = new StringBuilder();
        b.append("finished\t").append(finished).append('\n');
        if (initialising) {
            b.append("initialising\ttrue\n");
        }
        b.append("count\t").append(count).append('\n');
        b.append("levels");
        for (long l : levelStarts) {
            b.append('\t').append(l);
        }
        b.append('\n');
        for (Violation v : violations) {
            b.append("violation\t").append(ViolationText.fields(v)).append('\n');
        }
        b.append("graph\t").append(graphBytes).append('\t').append(graphRecords).append('\n');
        if (livenessDone) {
            b.append("liveness\tdone");
            for (String name : livenessViolated) {
                b.append('\t').append(Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static CheckpointState read(String state) {
        CheckpointState cs = new CheckpointState();
        if (state == null) {
            return cs;
        }
        for (String line : state.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "finished" -> cs.finished = f.length > 1 && f[1].equals("true");
                case "count" -> cs.count = Long.parseLong(f[1]);
                case "initialising" -> cs.initialising = f.length > 1 && f[1].equals("true");
                case "levels" -> {
                    for (int i = 1; i < f.length; i++) {
                        cs.levelStarts.add(Long.parseLong(f[i]));
                    }
                }
                case "violation" -> cs.violations.add(ViolationText.parse(f, 1));
                case "graph" -> {
                    cs.graphBytes = Long.parseLong(f[1]);
                    cs.graphRecords = Long.parseLong(f[2]);
                }
                case "liveness" -> {
                    cs.livenessDone = f.length > 1 && f[1].equals("done");
                    for (int i = 2; i < f.length; i++) {
                        cs.livenessViolated.add(new String(Base64.getDecoder().decode(f[i]), StandardCharsets.UTF_8));
                    }
                }
                default -> {
                }
            }
        }
        return cs;
    }
}
