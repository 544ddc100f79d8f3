package dev.ariadne.spark.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The driver's running totals of a search, after a level: what a progress line and the
 * result say, and what a checkpoint keeps so that a resumed run ends with the same counts.
 */
public final class LevelTotals {
    /** The depth of the frontier still to expand. */
    int level;
    long distinct;
    long generated;
    int depth;
    long queue;
    long found;
    final List<Finding> findings = new ArrayList<>();

    public int level() {
        return level;
    }

    public long distinct() {
        return distinct;
    }

    public long generated() {
        return generated;
    }

    public int depth() {
        return depth;
    }

    public long queue() {
        return queue;
    }

    public long found() {
        return found;
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    void add(List<Finding> more, long count, int keep) {
        found += count;
        more.stream().sorted(Finding::compare).limit(Math.max(0, keep - findings.size())).forEach(findings::add);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("level", Integer.toString(level));
        p.setProperty("distinct", Long.toString(distinct));
        p.setProperty("generated", Long.toString(generated));
        p.setProperty("depth", Integer.toString(depth));
        p.setProperty("queue", Long.toString(queue));
        p.setProperty("found", Long.toString(found));
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
                o.writeObject(new ArrayList<>(findings));
            }
            p.setProperty("findings", Base64.getEncoder().encodeToString(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    static LevelTotals of(Properties p) {
        LevelTotals t = new LevelTotals();
        t.level = Integer.parseInt(p.getProperty("level"));
        t.distinct = Long.parseLong(p.getProperty("distinct"));
        t.generated = Long.parseLong(p.getProperty("generated"));
        t.depth = Integer.parseInt(p.getProperty("depth"));
        t.queue = Long.parseLong(p.getProperty("queue"));
        t.found = Long.parseLong(p.getProperty("found"));
        byte[] f = Base64.getDecoder().decode(p.getProperty("findings"));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(f))) {
            t.findings.addAll((List<Finding>) in.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }
}
