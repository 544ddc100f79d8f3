package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.lang.compile.Code;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.snapshot.symmetry.Canonicalizer;
import dev.ariadne.value.Value;
import dev.ariadne.vm.Frame;
import dev.ariadne.vm.Iter;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.Proc;

import java.util.Arrays;

/**
 * Encodes a machine's state into canonical bytes and decodes bytes back into a
 * machine. One per thread (Kryo is not thread-safe); the output buffer is reused.
 *
 * <p>Layout: the format version; every global in declaration order; the number of
 * process instances, then for each: its declaration, {@code self}, pc + 1 (0 for Done),
 * its local slots except {@code self}, and its paused iterators. Values go through the
 * closed-world Kryo {@link Registry} ({@link ValueIO}); the traversal order is the mark phase, so
 * equal states give equal bytes.
 */
public final class StateCodec {
    /** Bump whenever the bytes of some state would change. */
    public static final int FORMAT_VERSION = 1;

    private final Program program;
    private final ValueIO io;
    private final Output out = new Output(256, -1);
    /** Where {@link #valueKey} encodes, apart from the state's bytes. */
    private final Output scratch = new Output(64, -1);
    private final Input in = new Input();
    private final int[] selfSlots;
    /** Puts states into their canonical form under symmetry; null when the model has none or it is turned off. */
    private final Canonicalizer canon;
    /** Instances decoded lately whose bytes stand alone: see {@link ProcCache}. */
    private final ProcCache decoded = new ProcCache();
    /** The globals of the last decoding and their bytes: see {@link GlobalBytes}. */
    private final GlobalBytes decodedGlobals = new GlobalBytes();

    /** A codec that reduces by symmetry when the program declares symmetric values. */
    public StateCodec(Program program) {
        this(program, true);
    }

    /** A codec; with {@code symmetry} false ({@code --no-symmetry}) every state is encoded as it is. */
    public StateCodec(Program program, boolean symmetry) {
        this.program = program;
        this.canon = symmetry && Canonicalizer.applies(program) ? new Canonicalizer(program) : null;
        this.io = Registry.newKryo(program);
        this.selfSlots = program.processes().stream().mapToInt(ProcessInfo::selfSlot).toArray();
    }

    /**
     * Encodes the machine's current state, in its canonical form when the codec reduces by
     * symmetry; the bytes are {@code buffer()[0, length)}. Returns the length.
     */
    public int encode(Machine m) {
        if (canon != null && canon.canonicalize(m)) {
            return encode(canon.globals(), canon.procs(), canon.procCount());
        }
        return encodeAsIs(m);
    }

    /** Encodes the machine's current state as it is, never reduced (a concrete trace's states). */
    public int encodeAsIs(Machine m) {
        out.setPosition(0);
        out.writeByte(FORMAT_VERSION);
        io.reset(); // a new numbering pass: marks left by an earlier encoding (even a failed one) are stale
        for (int g = 0; g < m.globalCount(); g++) {
            if (!decodedGlobals.copyTo(g, m, out, io)) {
                io.write(out, m.global(g));
            }
        }
        int n = m.procCount();
        out.writeVarInt(n, true);
        for (int i = 0; i < n; i++) {
            writeProc(i, m.proc(i));
        }
        return out.position();
    }

    /**
     * A key of {@code v} alone (never 0): the fingerprint of its canonical bytes, numbered
     * from 0 as if it were all there is, so that it does not depend on what was encoded
     * before it nor on what else shares its objects; 0 when {@code v} holds a function
     * value, whose code may read more than {@code v}. Leaves the last encoding's bytes as they were.
     */
    public long valueKey(Value v) {
        scratch.setPosition(0);
        io.reset();
        long functions = io.functions();
        io.write(scratch, v);
        if (io.functions() != functions) {
            return 0;
        }
        return Fingerprint.of(scratch.getBuffer(), 0, scratch.position());
    }

    /** The renaming the last {@link #encode} applied (see {@link Canonicalizer#lastPermutation}), or null. */
    public int[][] lastPermutation() {
        return canon == null ? null : canon.lastPermutation();
    }

    /** Whether {@link #encode} puts states into a canonical form under symmetry. */
    public boolean reduces() {
        return canon != null;
    }

    private int encode(Value[] globals, Proc[] procs, int n) {
        out.setPosition(0);
        out.writeByte(FORMAT_VERSION);
        io.reset();
        for (Value g : globals) {
            io.write(out, g);
        }
        out.writeVarInt(n, true);
        for (int i = 0; i < n; i++) {
            writeProc(i, procs[i]);
        }
        return out.position();
    }

    /** Writes instance {@code i}: a copy of its bytes when it is the decoded one, unchanged (most of a step's successor). */
    private void writeProc(int i, Proc p) {
        if (!decoded.copyTo(i, p, out)) {
            writeProc(p);
        }
    }

    private void writeProc(Proc p) {
        out.writeVarInt(p.decl(), true);
        io.write(out, p.self());
        Frame f = p.frame();
        out.writeVarInt(f.pc + 1, true);
        int self = selfSlots[p.decl()];
        for (int s = 0; s < f.locals.length; s++) {
            if (s != self) {
                io.write(out, f.locals[s]);
            }
        }
        out.writeVarInt(f.iteratorCount(), true);
        for (int k = 0; k < f.iteratorCount(); k++) {
            io.write(out, f.iterator(k));
        }
    }

    /** The buffer holding the last encoding (valid until the next call). */
    public byte[] buffer() {
        return out.getBuffer();
    }

    public int length() {
        return out.position();
    }

    /** The fingerprint of the last encoding. */
    public long fingerprint() {
        return Fingerprint.of(out.getBuffer(), 0, out.position());
    }

    /** A copy of the last encoding. */
    public byte[] bytes() {
        return Arrays.copyOf(out.getBuffer(), out.position());
    }

    /** Decodes a snapshot and makes it the machine's state. */
    public void decodeInto(byte[] b, int off, int len, Machine m) {
        decodeInto(b, off, len, m, null);
    }

    /**
     * Decodes a snapshot and makes it the machine's state; sets {@code globalKeys[g]} (when
     * not null) to a key of global g's value as {@link #valueKey} would (another number, the
     * same guarantee), or 0 when its bytes alone do not say what it is: they name an object
     * of an earlier global (a back-reference: shared with it), or it holds a function.
     * The key is the fingerprint of the global's bytes and of the number its first object
     * got: the same bytes from the same number decode to the same value.
     */
    public void decodeInto(byte[] b, int off, int len, Machine m, long[] globalKeys) {
        in.setBuffer(b, off, len);
        int version = in.readByte();
        if (version != FORMAT_VERSION) {
            throw new SnapshotException("snapshot format version " + version + " is not " + FORMAT_VERSION
                    + " (it was written by another version of Ariadne)");
        }
        io.reset();
        try {
            Value[] globals = new Value[program.globalNames().size()];
            decodedGlobals.clear();
            for (int g = 0; g < globals.length; g++) {
                int start = in.position();
                int first = io.objectsRead();
                long functions = io.functions();
                io.watchBackReferences();
                globals[g] = (Value) io.read(in);
                boolean noFunction = io.functions() == functions;
                int least = io.leastBackReference();
                if (globalKeys != null) {
                    globalKeys[g] = key(b, start, in.position(), first, least >= first && noFunction);
                }
                decodedGlobals.decoded(g, globals[g], b, start, in.position() - start, io.objectsRead() - first,
                        noFunction && least == Integer.MAX_VALUE);
            }
            int n = in.readVarInt(true);
            Proc[] procs = new Proc[n];
            for (int i = 0; i < n; i++) {
                procs[i] = readProc(i, b);
            }
            decoded.loadedCount(n);
            m.load(globals, procs, n);
            decodedGlobals.loaded(m);
        } catch (RuntimeException e) {
            if (e instanceof SnapshotException) {
                throw e;
            }
            throw new SnapshotException("damaged snapshot: " + e.getMessage());
        } finally {
            io.reset();
        }
    }

    /**
     * The key of a global read from {@code b[start, end)} whose first object got number
     * {@code first}; 0 unless {@code own} (it named no earlier object and no function).
     */
    private static long key(byte[] b, int start, int end, int first, boolean own) {
        if (!own) {
            return 0;
        }
        long k = Fingerprint.of(b, start, end - start) + first * 0x9E3779B97F4A7C15L;
        return k == 0 ? 1 : k;
    }

    public void decodeInto(byte[] b, Machine m) {
        decodeInto(b, 0, b.length, m);
    }

    /** Reads instance {@code i}: one decoded before when the bytes there are its bytes. */
    private Proc readProc(int i, byte[] b) {
        int start = in.position();
        int found = decoded.find(i, b, start, in.limit());
        if (found >= 0) {
            in.setPosition(start + found);
            return decoded.loaded(i);
        }
        int objects = io.objectsRead();
        long functions = io.functions();
        io.watchBackReferences();
        Proc p = readProc();
        // Bytes that name no object mean the same wherever they stand, and nothing else in the state can change them.
        boolean alone = io.objectsRead() == objects && io.functions() == functions
                && io.leastBackReference() == Integer.MAX_VALUE;
        decoded.decoded(i, p, alone ? b : null, start, in.position() - start);
        return p;
    }

    private Proc readProc() {
        int decl = in.readVarInt(true);
        Value self = (Value) io.read(in);
        int pc = in.readVarInt(true) - 1;
        ProcessInfo info = program.processes().get(decl);
        Code code = program.code(info.code());
        Value[] locals = new Value[code.nlocals];
        for (int s = 0; s < locals.length; s++) {
            locals[s] = s == info.selfSlot() ? self : (Value) io.read(in);
        }
        Frame f = Frame.paused(code, pc, locals);
        int iters = in.readVarInt(true);
        for (int k = 0; k < iters; k++) {
            f.pushIterator((Iter) io.read(in));
        }
        return new Proc(decl, self, f);
    }
}
