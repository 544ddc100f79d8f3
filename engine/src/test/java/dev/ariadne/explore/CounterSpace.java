package dev.ariadne.explore;

import dev.ariadne.lang.syntax.Location;
import dev.ariadne.result.StateView;
import dev.ariadne.result.Violation;
import dev.ariadne.result.ViolationKind;
import dev.ariadne.space.CoverageLayout;
import dev.ariadne.space.Cursor;
import dev.ariadne.space.StateSpace;
import dev.ariadne.space.SuccessorSink;
import dev.ariadne.value.IntV;

import java.util.List;
import java.util.Map;

/**
 * A state space written by hand, without the language: one counter {@code x} from 0, with
 * two steps {@code Add1} and {@code Add2}. Modulo {@code n} it wraps around; with
 * {@code bounded} the steps are enabled only below {@code n}, so {@code x == n} has no
 * successor (a deadlock); {@code bad >= 0} is an invariant {@code x != bad}.
 */
record CounterSpace(int n, boolean bounded, int bad) implements StateSpace {
    static long fp(int x) {
        return (x + 1L) * 0x9E3779B97F4A7C15L;
    }

    static byte[] bytes(int x) {
        return new byte[] {(byte) (x >>> 24), (byte) (x >>> 16), (byte) (x >>> 8), (byte) x};
    }

    static int value(byte[] b, int off) {
        return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
    }

    @Override
    public Cursor cursor() {
        return new Cursor() {
            private int x;
            private final byte[] buffer = new byte[4];

            private void emit(int step, int v, SuccessorSink sink) {
                buffer[0] = (byte) (v >>> 24);
                buffer[1] = (byte) (v >>> 16);
                buffer[2] = (byte) (v >>> 8);
                buffer[3] = (byte) v;
                sink.successor(step, fp(v), buffer, 0, 4);
            }

            @Override
            public void initialStates(SuccessorSink sink) {
                emit(INIT_STEP, 0, sink);
            }

            @Override
            public void load(long fp, byte[] bytes, int off, int len) {
                x = value(bytes, off);
            }

            @Override
            public Violation violation() {
                return x != bad ? null : new Violation(ViolationKind.INVARIANT, "NotBad", "invariant 'NotBad' is violated",
                        -1, fp(x), Violation.NO_STEP, null, List.of());
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
                if (bounded && x >= n) {
                    return;
                }
                int next = x + step + 1;
                emit(step, bounded ? Math.min(next, n) : next % n, sink);
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
                return step == INIT_STEP ? "Init" : "Add" + (step + 1);
            }

            @Override
            public Location stepLocation(int step) {
                return null;
            }

            @Override
            public int coverageKey(int step) {
                return step;
            }

            @Override
            public void variableHashes(long[] out, int off) {
                out[off] = fp(x);
            }

            @Override
            public StateView view(byte[] bytes, int off, int len) {
                return new StateView(Map.of("x", IntV.of(value(bytes, off))), List.of());
            }
        };
    }

    @Override
    public int propertyWords() {
        return 0;
    }

    @Override
    public long fingerprint(byte[] bytes, int off, int len) {
        return fp(value(bytes, off));
    }

    /** Coverage counts each step under its own key, and the values of x. */
    @Override
    public CoverageLayout coverageLayout() {
        return new CoverageLayout(List.of(new CoverageLayout.Key("step", "Add1", null),
                new CoverageLayout.Key("step", "Add2", null)), List.of("x"));
    }

    @Override
    public Location locate(int offset) {
        return null;
    }
}
