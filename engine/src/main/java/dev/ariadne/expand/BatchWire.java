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
import java.util.ArrayList;
import java.util.List;

/**
 * Batches and their results as bytes, for worker processes. A batch travels without
 * its run (the worker knows the run by its tag); a result carries the successors'
 * snapshots packed as they were built, so the coordinator copies each once.
 */
public final class BatchWire {
    private BatchWire() {
    }

    public static byte[] encodeBatch(Batch b) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + b.size() * 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(b.run().tag());
            out.writeLong(b.index());
            out.writeLong(b.firstSeq());
            out.writeInt(b.size());
            for (int i = 0; i < b.size(); i++) {
                out.writeLong(b.fps()[i]);
                out.writeInt(b.depths()[i]);
                byte[] s = b.snapshots()[i];
                out.writeInt(s == null ? -1 : s.length);
                if (s != null) {
                    out.write(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tag of an encoded batch, to find its run. */
    public static String tagOf(byte[] batch) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(batch))) {
            return in.readUTF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Batch decodeBatch(byte[] data, RunContext run) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            in.readUTF();
            long index = in.readLong();
            long first = in.readLong();
            int n = in.readInt();
            long[] fps = new long[n];
            int[] depths = new int[n];
            byte[][] snapshots = new byte[n][];
            for (int i = 0; i < n; i++) {
                fps[i] = in.readLong();
                depths[i] = in.readInt();
                int len = in.readInt();
                if (len >= 0) {
                    snapshots[i] = new byte[len];
                    in.readFully(snapshots[i]);
                }
            }
            return new Batch(run, index, first, fps, depths, snapshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encodeResult(BatchResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + r.count * 24 + r.offsets[r.count]);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            int n = r.states();
            out.writeInt(n);
            out.writeInt(r.count);
            for (int i = 0; i <= n; i++) {
                out.writeInt(r.start[i]);
            }
            for (int i = 0; i < n; i++) {
                out.writeInt(r.generated[i]);
            }
            for (int k = 0; k < r.count; k++) {
                out.writeLong(r.fps[k]);
                out.writeInt(r.steps[k]);
                out.writeInt(r.offsets[k + 1]);
            }
            out.write(r.data, 0, r.offsets[r.count]);
            for (int i = 0; i < n; i++) {
                List<Violation> vs = r.violations[i];
                out.writeInt(vs == null ? 0 : vs.size());
                if (vs != null) {
                    for (Violation v : vs) {
                        writeViolation(out, v);
                    }
                }
            }
            out.writeBoolean(r.live != null);
            if (r.live != null) {
                r.live.write(out);
            }
            out.writeBoolean(r.coverage != null);
            if (r.coverage != null) {
                r.coverage.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static BatchResult decodeResult(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int n = in.readInt();
            int count = in.readInt();
            BatchResult r = new BatchResult(n);
            for (int i = 0; i <= n; i++) {
                r.start[i] = in.readInt();
            }
            for (int i = 0; i < n; i++) {
                r.generated[i] = in.readInt();
            }
            r.fps = new long[count];
            r.steps = new int[count];
            r.offsets = new int[count + 1];
            for (int k = 0; k < count; k++) {
                r.fps[k] = in.readLong();
                r.steps[k] = in.readInt();
                r.offsets[k + 1] = in.readInt();
            }
            r.data = new byte[r.offsets[count]];
            in.readFully(r.data);
            r.count = count;
            for (int i = 0; i < n; i++) {
                int nv = in.readInt();
                for (int k = 0; k < nv; k++) {
                    r.addViolation(i, readViolation(in));
                }
            }
            if (in.readBoolean()) {
                r.live = StateEdges.read(in);
            }
            if (in.readBoolean()) {
                r.coverage = CoverageBatch.read(in);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
