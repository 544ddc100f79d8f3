package dev.ariadne.spark.search;

import dev.ariadne.lang.syntax.Location;
import dev.ariadne.result.StateView;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.StateSpace;
import dev.ariadne.space.SuccessorSink;
import dev.ariadne.value.IntV;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state space whose counts are known by arithmetic: the points (x, y) of an n-by-n grid,
 * from (0, 0), a step adding 1 to x or to y. It has (n+1)² states, depth 2n+1, and
 * deadlocks only in (n, n); with {@code bad >= 0} the invariant x + y != bad fails first at depth bad+1.
 */
public record GridSpace(int n, int bad) implements StateSpace, SpaceSource {
    @Override
    public StateSpace open() {
        return this;
    }

    @Override
    public Cursor cursor() {
        return new GridCursor();
    }

    @Override
    public int propertyWords() {
        return 0;
    }

    @Override
    public long fingerprint(byte[] bytes, int off, int len) {
        ByteBuffer b = ByteBuffer.wrap(bytes, off, len);
        long h = (b.getInt() * 1_000_003L + b.getInt()) * 0x9E3779B97F4A7C15L;
        return h == 0 ? 1 : h;
    }

    @Override
    public Location locate(int offset) {
        return null;
    }

    private final class GridCursor implements Cursor {
        private int x;
        private int y;
        private final byte[] buf = new byte[8];

        private void emit(int step, int nx, int ny, SuccessorSink sink) {
            ByteBuffer.wrap(buf).putInt(nx).putInt(ny);
            sink.successor(step, fingerprint(buf, 0, 8), buf, 0, 8);
        }

        @Override
        public void initialStates(SuccessorSink sink) {
            emit(INIT_STEP, 0, 0, sink);
        }

        @Override
        public void load(long fp, byte[] bytes, int off, int len) {
            ByteBuffer b = ByteBuffer.wrap(bytes, off, len);
            x = b.getInt();
            y = b.getInt();
        }

        @Override
        public Violation violation() {
            if (x + y != bad) {
                return null;
            }
            long fp = fingerprint(ByteBuffer.allocate(8).putInt(x).putInt(y).array(), 0, 8);
            return new Violation(ViolationKind.INVARIANT, "Diagonal", "invariant 'Diagonal' is violated", -1, fp,
                    Violation.NO_STEP, null, List.of());
        }

        @Override
        public void properties(long[] out, int off) {
        }

        @Override
        public boolean expandable() {
            return true;
        }

        @Override
        public int stepCount() {
            return 2;
        }

        @Override
        public void runStep(int step, SuccessorSink sink) {
            if (step == 0 && x < n) {
                emit(0, x + 1, y, sink);
            } else if (step == 1 && y < n) {
                emit(1, x, y + 1, sink);
            }
        }

        @Override
        public boolean terminal() {
            return false;
        }

        @Override
        public long fairKey(int step) {
            return 0;
        }

        @Override
        public String stepName(int step) {
            return step == INIT_STEP ? "Init" : step == 0 ? "Right" : "Up";
        }

        @Override
        public Location stepLocation(int step) {
            return null;
        }

        @Override
        public StateView view(byte[] bytes, int off, int len) {
            ByteBuffer b = ByteBuffer.wrap(bytes, off, len);
            Map<String, dev.ariadne.value.Value> g = new LinkedHashMap<>();
            g.put("x", IntV.of(b.getInt()));
            g.put("y", IntV.of(b.getInt()));
            return new StateView(g, List.of());
        }
    }
}
