package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.Value;
import dev.ariadne.vm.Machine;

import java.util.Arrays;

/**
 * The globals of the state a codec last decoded, each with a copy of its bytes when they
 * can be copied into the encoding of a successor that left the global as it was: bytes
 * with no back-reference and no function, of an immutable value, or of a mutable object
 * holding only immutable values (a list of ints, a set of tuples, a dict of strings).
 *
 * <p>Such a global is unchanged when the successor's machine is still at the decoded state
 * ({@link Machine#loads}), its slot holds the same object, and that object, if mutable, was
 * not written by the step ({@link Machine#untouchedByStep}); and the bytes are then its
 * bytes when nothing earlier in the encoding reached the object first.
 */
final class GlobalBytes {
    private Value[] values = new Value[8];
    private byte[][] bytes = new byte[8][];
    private Machine machine;
    private long loads;

    /** Starts recording the globals of a state being decoded. */
    void clear() {
        machine = null;
    }

    /**
     * Records global {@code g} of the state being decoded, read from {@code b[off, off + len)}
     * with {@code objects} objects numbered; {@code plain} says it read no back-reference and no function.
     */
    void decoded(int g, Value v, byte[] b, int off, int len, int objects, boolean plain) {
        if (g >= values.length) {
            values = Arrays.copyOf(values, Math.max(g + 1, values.length * 2));
            bytes = Arrays.copyOf(bytes, values.length);
        }
        boolean copyable = plain && (objects == 0 || objects == 1 && v instanceof Mutable);
        values[g] = v;
        bytes[g] = copyable ? Arrays.copyOfRange(b, off, off + len) : null;
    }

    /** Says that the globals recorded are now machine {@code m}'s state. */
    void loaded(Machine m) {
        machine = m;
        loads = m.loads();
    }

    /** Writes global {@code g}'s bytes when {@code m} left it as decoded (numbering its object); whether it did. */
    boolean copyTo(int g, Machine m, Output out, ValueIO io) {
        if (m != machine || m.loads() != loads || g >= values.length || bytes[g] == null) {
            return false;
        }
        Value v = m.global(g);
        if (v != values[g]) {
            return false;
        }
        if (v instanceof Mutable mu && (!mu.isFrozen() && !m.untouchedByStep(mu) || !io.numberCopied(mu))) {
            return false;
        }
        out.writeBytes(bytes[g]);
        return true;
    }
}
