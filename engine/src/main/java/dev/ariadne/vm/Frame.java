package dev.ariadne.vm;

import dev.ariadne.lang.compile.Code;
import dev.ariadne.value.Value;

/**
 * The activation of one {@link Code}: program counter, locals, operand stack and
 * iterator stack. Plain data: a paused process is exactly a frame, and a choice point
 * keeps copies of the frames so that every branch resumes from the same place.
 */
public final class Frame {
    /** The pc of a process that has finished. */
    public static final int DONE = -1;

    public final int code;
    /** The code's own deepest loop nesting (a procedure call reserves that much above its caller's loops). */
    final int maxIters;
    /** Cached from the program by {@link #code}; derived, never encoded. */
    final int[] instr;
    public int pc;
    public final Value[] locals;
    Value[] stack;
    int sp;
    Iter[] iters;
    int ip;
    /** Values captured by a lambda (LOAD_CAPTURED); empty otherwise. */
    Value[] captured;
    /** For a process instance still running its {@code var} initialisers: its declaration; else -1. */
    int spawnDecl = -1;
    Value spawnSelf;

    Frame(Code c, Value[] locals) {
        this.maxIters = c.maxIters;
        this.code = c.index;
        this.instr = c.instructions();
        this.locals = locals;
        this.stack = new Value[Math.max(c.maxStack, 1)];
        // most frames have no loop: the shared empty stack is replaced when a call reserves room
        this.iters = c.maxIters == 0 ? NO_ITERS : new Iter[c.maxIters];
        this.captured = NO_VALUES;
    }

    private Frame(Frame f) {
        this.maxIters = f.maxIters;
        this.code = f.code;
        this.instr = f.instr;
        this.pc = f.pc;
        this.locals = f.locals.clone();
        this.stack = f.stack.clone();
        this.sp = f.sp;
        this.iters = f.iters.length == 0 ? NO_ITERS : f.iters.clone();
        for (int i = 0; i < f.ip; i++) {
            iters[i] = iters[i].copy();
        }
        this.ip = f.ip;
        this.captured = f.captured;
        this.spawnDecl = f.spawnDecl;
        this.spawnSelf = f.spawnSelf;
    }

    static final Value[] NO_VALUES = new Value[0];
    private static final Iter[] NO_ITERS = new Iter[0];

    /** A process frame paused at {@code pc} (a LABEL, or {@link #DONE}) with these locals: what a decoder rebuilds. */
    public static Frame paused(Code c, int pc, Value[] locals) {
        Frame f = new Frame(c, locals);
        f.pc = pc;
        return f;
    }

    /** The local slots (read-only for callers). */
    public Value local(int slot) {
        return locals[slot];
    }

    /** Makes this frame, of the same code, equal to {@code src} (a backtrack restoring in place). */
    void assign(Frame src) {
        pc = src.pc;
        if (iters.length < src.iters.length) {
            iters = new Iter[src.iters.length]; // a procedure call grew the saved frame's iterator stack
        }
        System.arraycopy(src.locals, 0, locals, 0, locals.length);
        System.arraycopy(src.stack, 0, stack, 0, src.sp);
        sp = src.sp;
        for (int i = 0; i < src.ip; i++) {
            iters[i] = src.iters[i].copy();
        }
        if (src.ip < ip) {
            // The live frame may have fewer open loops than the saved one (a loop that forked ended since).
            java.util.Arrays.fill(iters, src.ip, ip, null);
        }
        ip = src.ip;
        captured = src.captured;
        spawnDecl = src.spawnDecl;
        spawnSelf = src.spawnSelf;
    }

    /** Makes this frame as new, to run its code again from the start. */
    void reset() {
        pc = 0;
        sp = 0;
        java.util.Arrays.fill(locals, null);
        java.util.Arrays.fill(iters, 0, ip, null);
        ip = 0;
        captured = NO_VALUES;
        spawnDecl = -1;
        spawnSelf = null;
    }

    /** A deep copy of the mutable parts of the frame (the heap values it refers to are shared). */
    public Frame copy() {
        return new Frame(this);
    }

    /** The number of iterators on the iterator stack. */
    public int iteratorCount() {
        return ip;
    }

    public Iter iterator(int i) {
        return iters[i];
    }

    /** Restores a paused frame's iterator stack (the codec's decoder). */
    public void pushIterator(Iter it) {
        iters[ip++] = it;
        // Loops paused in the callers of a procedure may fill the stack: keep room for the code's own.
        reserveIterators(maxIters);
    }

    /** Makes room for {@code n} more iterators: a procedure call runs the procedure's loops above the caller's. */
    void reserveIterators(int n) {
        if (ip + n > iters.length) {
            iters = java.util.Arrays.copyOf(iters, ip + n);
        }
    }
}
