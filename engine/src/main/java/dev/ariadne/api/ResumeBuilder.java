package dev.ariadne.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stopped check to continue from its run directory's last checkpoint, made by
 * {@link Ariadne#resume}: the model text, constants and what is checked are the stored
 * ones; only the session's settings are chosen anew. A matrix's directory resumes every
 * run of the matrix together; a run that had already finished reports its result again.
 */
public final class ResumeBuilder extends SessionBuilder<ResumeBuilder> {
    private final Path directory;
    private String shown;

    ResumeBuilder(Path directory) {
        this.directory = directory;
        this.shown = directory.toString();
    }

    /** How messages name the run directory (default: its path). */
    public ResumeBuilder shownAs(String name) {
        shown = name;
        return this;
    }

    /** Whether the directory holds a matrix (several runs) rather than one run. */
    public boolean isMatrix() {
        return Files.isRegularFile(directory.resolve(Matrix.INDEX));
    }

    /** Opens the stored run (or every run of a stored matrix); refuses an unusable directory with a {@link CheckException}. */
    @Override
    Session prepareRuns() {
        if (!isMatrix()) {
            StoredRun run = StoredRun.open(directory, shown, "resume");
            return session(List.of(new Session.Run(null, run.metadata().modelPath(), run.program(), run.store(),
                    directory, run.metadata().options(sessionOptions(dev.ariadne.expand.ExploreOptions.defaults())),
                    run)));
        }
        Path index = directory.resolve(Matrix.INDEX);
        List<String> names;
        try {
            names = Files.readAllLines(index).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new CheckException("cannot read '" + index + "': " + e.getMessage());
        }
        for (String name : names) {
            refuseOutside(name);
        }
        List<Session.Run> runs = new ArrayList<>();
        try {
            for (String name : names) {
                StoredRun run = StoredRun.open(directory.resolve(name), shown + "/" + name, "resume");
                runs.add(new Session.Run(Matrix.label(run.metadata().constants()), run.metadata().modelPath(),
                        run.program(), run.store(), directory.resolve(name),
                        run.metadata().options(sessionOptions(dev.ariadne.expand.ExploreOptions.defaults())), run));
            }
        } catch (RuntimeException e) {
            runs.forEach(r -> r.stored().close());
            throw e;
        }
        return session(runs);
    }

    /**
     * A run of a matrix is a directory of the matrix's own, named by one path component (as
     * {@link Matrix#directoryName} makes it): an entry that leads elsewhere ({@code ../x},
     * {@code /x}, {@code a/b}, a link) would make resume open, and write into, a store outside.
     */
    private void refuseOutside(String name) {
        boolean single = !name.contains("/") && !name.contains("\\") && !name.equals(".") && !name.equals("..");
        if (!single || Files.isSymbolicLink(directory.resolve(name))) {
            throw new CheckException("cannot resume '" + shown + "': " + Matrix.INDEX + " names '" + name
                    + "', which is not a run directory inside '" + shown + "'");
        }
    }
}
