package dev.ariadne.expand;

import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.liveness.StateEdges;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches and their results as bytes, for worker processes. A batch travels without
 * its run (the worker knows the run by its tag); a result carries the successors'
 * snapshots packed as they were built, and the coordinator reads them where they arrived,
 * without a copy. The fixed-size parts are written straight into one array of the exact
 * size (a stream's call per field was a third of the pipe reader's time); what is rare
 * (violations, the liveness graph, coverage) follows as a stream-encoded tail, flagged.
 */
public final class BatchWire {
    /** Tail flags of a result: what follows its successors' bytes. */
    private static final int VIOLATIONS = 1;
    private static final int LIVE = 2;
    private static final int COVERAGE = 4;

    private BatchWire() {
    }

    public static byte[] encodeBatch(Batch b) {
        byte[] tag = b.run().tag().getBytes(StandardCharsets.UTF_8);
        int size = 4 + tag.length + 8 + 8 + 4;
        for (int i = 0; i < b.size(); i++) {
            byte[] s = b.snapshots()[i];
            size += 8 + 4 + 4 + (s == null ? 0 : s.length);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(tag.length).put(tag);
        out.putLong(b.index()).putLong(b.firstSeq()).putInt(b.size());
        for (int i = 0; i < b.size(); i++) {
            byte[] s = b.snapshots()[i];
            out.putLong(b.fps()[i]).putInt(b.depths()[i]).putInt(s == null ? -1 : s.length);
            if (s != null) {
                out.put(s);
            }
        }
        return out.array();
    }

    /** The tag of an encoded batch, to find its run. */
    public static String tagOf(byte[] batch) {
        ByteBuffer in = ByteBuffer.wrap(batch);
        int len = in.getInt();
        return new String(batch, 4, len, StandardCharsets.UTF_8);
    }

    public static Batch decodeBatch(byte[] data, RunContext run) {
        ByteBuffer in = ByteBuffer.wrap(data);
        in.position(4 + in.getInt(0));
        long index = in.getLong();
        long first = in.getLong();
        int n = in.getInt();
        long[] fps = new long[n];
        int[] depths = new int[n];
        byte[][] snapshots = new byte[n][];
        for (int i = 0; i < n; i++) {
            fps[i] = in.getLong();
            depths[i] = in.getInt();
            int len = in.getInt();
            if (len >= 0) {
                snapshots[i] = new byte[len];
                in.get(snapshots[i]);
            }
        }
        return new Batch(run, index, first, fps, depths, snapshots);
    }

    public static byte[] encodeResult(BatchResult r) {
        int n = r.states();
        int base = r.offsets[0];
        int bytes = r.offsets[r.count] - base;
        byte[] tail = tail(r);
        ByteBuffer out = ByteBuffer.allocate(4 + 4 + 4 * (n + 1) + 4 * n + 16 * r.count + bytes + 1 + tail.length);
        out.putInt(n).putInt(r.count);
        for (int i = 0; i <= n; i++) {
            out.putInt(r.start[i]);
        }
        for (int i = 0; i < n; i++) {
            out.putInt(r.generated[i]);
        }
        for (int k = 0; k < r.count; k++) {
            out.putLong(r.fps[k]).putInt(r.steps[k]).putInt(r.offsets[k + 1] - base);
        }
        out.put(r.data, base, bytes);
        out.put((byte) ((r.live != null ? LIVE : 0) | (r.coverage != null ? COVERAGE : 0)
                | (hasViolations(r) ? VIOLATIONS : 0)));
        out.put(tail);
        return out.array();
    }

    private static boolean hasViolations(BatchResult r) {
        for (List<Violation> vs : r.violations) {
            if (vs != null) {
                return true;
            }
        }
        return false;
    }

    /** What is rare in a result (violations, the liveness graph, coverage), as a stream; empty when it has none. */
    private static byte[] tail(BatchResult r) {
        if (r.live == null && r.coverage == null && !hasViolations(r)) {
            return new byte[0];
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (hasViolations(r)) {
                for (int i = 0; i < r.states(); i++) {
                    List<Violation> vs = r.violations[i];
                    out.writeInt(vs == null ? 0 : vs.size());
                    if (vs != null) {
                        for (Violation v : vs) {
                            writeViolation(out, v);
                        }
                    }
                }
            }
            if (r.live != null) {
                r.live.write(out);
            }
            if (r.coverage != null) {
                r.coverage.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The result {@link #encodeResult} wrote; its successors' bytes stay in {@code data}, not copied. */
    public static BatchResult decodeResult(byte[] data) {
        ByteBuffer in = ByteBuffer.wrap(data);
        int n = in.getInt();
        int count = in.getInt();
        BatchResult r = new BatchResult(n);
        for (int i = 0; i <= n; i++) {
            r.start[i] = in.getInt();
        }
        for (int i = 0; i < n; i++) {
            r.generated[i] = in.getInt();
        }
        r.fps = new long[count];
        r.steps = new int[count];
        r.offsets = new int[count + 1];
        int base = in.position() + 16 * count;
        r.offsets[0] = base;
        for (int k = 0; k < count; k++) {
            r.fps[k] = in.getLong();
            r.steps[k] = in.getInt();
            r.offsets[k + 1] = base + in.getInt();
        }
        r.data = data;
        r.count = count;
        int flags = data[r.offsets[count]];
        if (flags == 0) {
            return r;
        }
        int from = r.offsets[count] + 1;
        try (DataInputStream tail = new DataInputStream(new ByteArrayInputStream(data, from, data.length - from))) {
            if ((flags & VIOLATIONS) != 0) {
                for (int i = 0; i < n; i++) {
                    int nv = tail.readInt();
                    for (int k = 0; k < nv; k++) {
                        r.addViolation(i, readViolation(tail));
                    }
                }
            }
            if ((flags & LIVE) != 0) {
                r.live = StateEdges.read(tail);
            }
            if ((flags & COVERAGE) != 0) {
                r.coverage = CoverageBatch.read(tail);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    private static void writeViolation(DataOutputStream out, Violation v) throws IOException {
        out.writeInt(v.kind().ordinal());
        writeString(out, v.name());
        writeString(out, v.message());
        out.writeInt(v.offset());
        out.writeLong(v.stateFp());
        out.writeInt(v.stepId());
        writeString(out, v.stepName());
        out.writeInt(v.traceback().size());
        for (String line : v.traceback()) {
            writeString(out, line);
        }
    }

    private static Violation readViolation(DataInputStream in) throws IOException {
        ViolationKind kind = ViolationKind.values()[in.readInt()];
        String name = readString(in);
        String message = readString(in);
        int offset = in.readInt();
        long fp = in.readLong();
        int step = in.readInt();
        String stepName = readString(in);
        int lines = in.readInt();
        List<String> tb = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            tb.add(readString(in));
        }
        return new Violation(kind, name, message, offset, fp, step, stepName, tb);
    }

    /** A string that may be null and longer than writeUTF allows. */
    public static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** The string {@link #writeString} wrote (null included). */
    public static String readString(DataInputStream in) throws IOException {
        int len = in.readInt();
        if (len < 0) {
            return null;
        }
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
