package dev.ariadne.spark.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The reduce side of a level, in an executor: the successors routed to one partition meet
 * its visited table; the new ones enter the table with their parent and step and make the
 * next level's frontier. The table is grown in place rather than copied, so a retried
 * task must not mistake what its failed attempt added for states of earlier levels: it
 * tells them by their depth, the level being built, and adds them again.
 */
public final class Merge {
    private Merge() {
    }

    /** The part of level {@code old.level() + 1}: the old part's table grown by the new states. */
    public static Part next(Part old, Iterator<byte[]> chunks, int maxViolations) {
        int depth = old.level() + 1;
        VisitedTable table = old.table();
        LongSet added = new LongSet();
        Frontier.Builder frontier = new Frontier.Builder();
        long generated = 0;
        long found = 0;
        List<Finding> findings = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        long dropped = 0;
        while (chunks.hasNext()) {
            byte[] c = chunks.next();
            if (c[0] == Expansion.REPORT) {
                Report r = report(c);
                generated += r.generated;
                found += r.found;
                findings.addAll(r.findings);
                printed.addAll(r.printed);
                dropped += r.dropped;
                continue;
            }
            ByteBuffer b = ByteBuffer.wrap(c);
            b.position(1);
            while (b.remaining() > 0) {
                long fp = b.getLong();
                long parent = b.getLong();
                int step = b.getInt();
                int len = b.getInt();
                int at = b.position();
                b.position(at + len);
                int known = table.depth(fp);
                if (known != 0 && known < depth) {
                    continue; // found at an earlier level
                }
                if (!added.add(fp)) {
                    continue; // already new at this level, from another expansion
                }
                table.put(fp, parent, step, depth);
                frontier.add(fp, c, at, len);
            }
        }
        findings.sort(Finding::compare);
        if (findings.size() > maxViolations) {
            findings = new ArrayList<>(findings.subList(0, maxViolations));
        }
        Frontier f = frontier.build();
        return new Part(old.index(), depth, table, f, f.count(), generated, List.copyOf(findings), found,
                new Part.Printed(List.copyOf(printed), dropped));
    }

    private record Report(long generated, long found, List<Finding> findings, List<String> printed, long dropped) {
    }

    @SuppressWarnings("unchecked")
    private static Report report(byte[] c) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(c, 1, c.length - 1))) {
            long generated = in.readLong();
            long found = in.readLong();
            List<Finding> findings = (List<Finding>) in.readObject();
            return new Report(generated, found, findings, (List<String>) in.readObject(), in.readLong());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
