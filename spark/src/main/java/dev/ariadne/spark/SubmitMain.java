package dev.ariadne.spark;

import dev.ariadne.cli.Main;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of {@code ariadne-spark.jar} for {@code spark-submit}: the {@code ariadne}
 * command with {@code --engine spark} implied, on the master spark-submit chose. Arguments
 * are the command's: {@code spark-submit ... ariadne-spark.jar check MODEL.ari --store hdfs://...}.
 */
public final class SubmitMain {
    private SubmitMain() {
    }

    public static void main(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        boolean command = !all.isEmpty() && (all.get(0).equals("check") || all.get(0).equals("resume"));
        if (command && all.stream().noneMatch(a -> a.equals("--engine") || a.startsWith("--engine="))) {
            all.add("--engine");
            all.add("spark");
        }
        Logs.quiet();
        Main.main(all.toArray(String[]::new));
    }
}
