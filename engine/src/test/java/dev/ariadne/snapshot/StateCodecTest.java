package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.RecordShape;
import dev.ariadne.value.Repr;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.vm.Machine;
import dev.ariadne.vm.Proc;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateCodecTest {
    /** The globals of {@link #program}: g0 ... g5. */
    static final int GLOBALS = 6;

    /** A model of {@link #GLOBALS} globals and nothing else, for codec tests to fill. */
    static Program program() throws Exception {
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < GLOBALS; i++) {
            src.append("var g").append(i).append(" = None\n");
        }
        return ModelLoader.load("codec.ari", src.toString(), Map.of());
    }

    /** The bytes of a state of these globals (and no process), encoded on {@code m}. */
    static byte[] encode(StateCodec codec, Machine m, Value[] globals) {
        m.load(globals, new Proc[0], 0);
        codec.encode(m);
        return codec.bytes();
    }

    private static Value[] decode(StateCodec codec, Machine m, byte[] bytes) {
        codec.decodeInto(bytes, m);
        Value[] out = new Value[m.globalCount()];
        for (int g = 0; g < out.length; g++) {
            out[g] = m.global(g);
        }
        return out;
    }

    @Test
    void randomHeapsWithSharingAndCyclesRoundTripExactly() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        for (long seed = 0; seed < 2000; seed++) {
            Value[] state = new RandomHeaps(seed).globals(GLOBALS);
            byte[] bytes = encode(codec, m, state);
            Value[] back = decode(codec, m, bytes);
            assertTrue(Isomorphism.same(state, back), "seed " + seed + ": decoded state differs");
            assertArrayEquals(bytes, encode(codec, m, back), "seed " + seed + ": re-encoding differs");
        }
    }

    @Test
    void fingerprintsAreEqualExactlyWhenStatesAre() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        int equalPairs = 0;
        for (long seed = 0; seed < 1500; seed++) {
            Value[] a = new RandomHeaps(seed).globals(GLOBALS);
            Value[] b = new RandomHeaps(seed % 500).globals(GLOBALS);
            byte[] ba = encode(codec, m, a);
            long fa = codec.fingerprint();
            byte[] bb = encode(codec, m, b);
            long fb = codec.fingerprint();
            boolean same = Isomorphism.same(a, b);
            equalPairs += same ? 1 : 0;
            assertEquals(same, Arrays.equals(ba, bb), "seed " + seed + ": bytes equal iff states equal");
            assertEquals(same, fa == fb, "seed " + seed + ": fingerprints equal iff states equal");
        }
        assertTrue(equalPairs >= 500, "the test should compare equal states too");
    }

    @Test
    void insertionOrderIdentitiesAndGarbageDoNotChangeTheBytes() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Trail t = new Trail();
        DictV d1 = DictV.empty(1);
        d1.put(StrV.of("b"), IntV.of(2), t);
        d1.put(StrV.of("a"), IntV.of(1), t);
        DictV d2 = DictV.empty(1);
        d2.put(StrV.of("a"), IntV.of(1), t);
        d2.put(StrV.of("b"), IntV.of(2), t);
        d2.put(StrV.of("c"), IntV.of(3), t);
        d2.remove(StrV.of("c"), t);
        SetV s1 = SetV.of(new Value[] {IntV.of(3), IntV.of(1), IntV.of(2)}, 3, 1);
        SetV s2 = SetV.of(new Value[] {IntV.of(1), IntV.of(2), IntV.of(3), IntV.of(2)}, 4, 1);
        ListV garbage = ListV.empty(1);
        garbage.append(IntV.of(99), t);
        Value[] a = {d1, s1, IntV.of(7), StrV.of("x"), IntV.of(0), IntV.of(0)};
        Value[] b = {d2, s2, IntV.of(7), new StrV("x"), IntV.of(0), IntV.of(0)};
        assertArrayEquals(encode(codec, m, a), encode(codec, m, b));
    }

    @Test
    void statesDifferingOnlyInAliasingDiffer() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Trail t = new Trail();
        ListV shared = ListV.empty(1);
        shared.append(IntV.of(1), t);
        ListV one = ListV.empty(1);
        one.append(IntV.of(1), t);
        ListV other = ListV.empty(1);
        other.append(IntV.of(1), t);
        Value[] aliased = {shared, shared, IntV.ZERO, IntV.ZERO, IntV.ZERO, IntV.ZERO};
        Value[] separate = {one, other, IntV.ZERO, IntV.ZERO, IntV.ZERO, IntV.ZERO};
        byte[] x = encode(codec, m, aliased);
        long fx = codec.fingerprint();
        byte[] y = encode(codec, m, separate);
        assertFalse(Arrays.equals(x, y));
        assertNotEquals(fx, codec.fingerprint());
        Value[] back = decode(codec, m, x);
        assertSame(back[0], back[1], "aliasing survives decoding");
    }

    @Test
    void aCycleSurvivesDecoding() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Trail t = new Trail();
        ListV self = ListV.empty(1);
        self.append(IntV.ONE, t);
        self.append(self, t);
        Value[] back = decode(codec, m, encode(codec, m, new Value[] {self, null, null, null, null, null}));
        ListV l = (ListV) back[0];
        assertSame(l, l.get(1));
    }

    @Test
    void frozenRecordsRoundTripByValueAndKeepTheIdentityOfWhatTheyHold() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Trail t = new Trail();
        ListV shared = ListV.empty(1);
        shared.append(IntV.ONE, t);
        RecordShape shape = RecordShape.of("dst", "src");
        Value[] msgs = {new FrozenRecordV(shape, new Value[] {IntV.of(2), IntV.ONE}),
            new FrozenRecordV(shape, new Value[] {IntV.of(3), IntV.ONE})};
        SetV set = SetV.of(msgs, msgs.length, 1);
        FrozenRecordV holder = new FrozenRecordV(RecordShape.of("xs"), new Value[] {shared});
        Value[] state = {set, holder, shared, null, null, null};
        Value[] back = decode(codec, m, encode(codec, m, state));
        assertTrue(Isomorphism.same(state, back), "the decoded state is the same graph");
        assertEquals("{frozenrecord(dst=2, src=1), frozenrecord(dst=3, src=1)}", Repr.repr(back[0]));
        assertSame(back[2], ((FrozenRecordV) back[1]).field(0), "a list held by a frozen record stays shared");
    }

    @Test
    void everyStateClassIsRegisteredAndOthersAreRefused() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        assertThrows(IllegalArgumentException.class, () -> Registry.verify(kryo),
                "a Kryo without the registrations must be refused at start-up");
        assertTrue(Registry.concreteClasses(Value.class, new java.util.ArrayList<>()).size() >= 13);
    }

    @Test
    void writingAnUnregisteredClassFailsLoudly() throws Exception {
        ValueIO io = Registry.newKryo(program());
        com.esotericsoftware.kryo.io.Output out = new com.esotericsoftware.kryo.io.Output(64, -1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> io.write(out, new Object()));
        assertTrue(e.getMessage().contains("not registered"), e.getMessage());
    }

    @Test
    void aDamagedSnapshotIsRefusedWithAClearError() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        byte[] bytes = encode(codec, m, new RandomHeaps(3).globals(GLOBALS));
        byte[] other = bytes.clone();
        other[0] = (byte) (StateCodec.FORMAT_VERSION + 1);
        SnapshotException e = assertThrows(SnapshotException.class, () -> codec.decodeInto(other, m));
        assertTrue(e.getMessage().contains("format version"));
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        assertThrows(SnapshotException.class, () -> codec.decodeInto(cut, m));
    }

    /**
     * The bytes of a fixed state are part of the format: if this fixture changes,
     * stored runs can no longer be resumed, so bump {@link StateCodec#FORMAT_VERSION}
     * and update the fixture together.
     */
    @Test
    void theFormatOfAFixedStateIsPinnedToTheFormatVersion() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        encode(codec, m, new RandomHeaps(42).globals(GLOBALS));
        assertEquals(1, StateCodec.FORMAT_VERSION);
        assertEquals(PINNED_FINGERPRINT, codec.fingerprint(), "fingerprint " + Long.toHexString(codec.fingerprint()));
    }

    private static final long PINNED_FINGERPRINT = 0x0ab7128043b5b47eL;

    /** Found on 2pc: {@code ("Commit",)} was written as characters into every state, and read back as a new string. */
    @Test
    void stringsOfTuplesFoldedAtCompileTimeAreTheProgramsAndAreWrittenAsAnIndex() throws Exception {
        Program p = ModelLoader.load("fold.ari", """
                var g0 = None
                action A:
                    g0 = ("Commit", ("Abort",), 1)
                """, Map.of());
        int commit = p.stringIndex("Commit");
        int abort = p.stringIndex("Abort");
        assertTrue(commit >= 0 && abort >= 0, "the folded tuple's strings are in the string table");
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Value[] state = {TupleV.of(new StrV("Commit"), TupleV.of(new StrV("Abort")), IntV.of(1))};
        byte[] bytes = encode(codec, m, state);
        assertFalse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Commit"),
                "written as an index, not as characters");
        TupleV back = (TupleV) decode(codec, m, bytes)[0];
        assertSame(p.string(commit), back.get(0), "read back as the program's own string");
        assertSame(p.string(abort), ((TupleV) back.get(1)).get(0));
    }
}
