package dev.ariadne.snapshot;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.Value;
import dev.ariadne.vm.Machine;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keys the codec gives a global's value alone ({@link StateCodec#valueKey}, and while
 * decoding): equal keys mean values no code can tell apart, whatever else is in the state.
 */
class ValueKeysTest {
    private static final int GLOBALS = StateCodecTest.GLOBALS;

    private static Program program() throws Exception {
        return StateCodecTest.program();
    }

    /** Decodes {@code globals} (after encoding them) and returns the keys the decoding gave. */
    private static long[] decodedKeys(StateCodec codec, Machine m, Value[] globals) {
        byte[] bytes = StateCodecTest.encode(codec, m, globals);
        long[] keys = new long[GLOBALS];
        codec.decodeInto(bytes, 0, bytes.length, m, keys);
        return keys;
    }

    @Test
    void equalKeysOnlyForValuesThatCannotBeToldApart() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Map<Long, Value> byDecodedKey = new HashMap<>();
        Map<Long, Value> byValueKey = new HashMap<>();
        int repeats = 0;
        int unkeyed = 0;
        for (long seed = 0; seed < 1500; seed++) {
            Value[] state = new RandomHeaps(seed % 400).globals(GLOBALS);
            long[] keys = decodedKeys(codec, m, state);
            for (int g = 0; g < GLOBALS; g++) {
                Value v = m.global(g);
                if (keys[g] == 0) {
                    unkeyed++;
                } else {
                    repeats += same(byDecodedKey, keys[g], v, seed) ? 1 : 0;
                }
                long k = codec.valueKey(v);
                assertNotEquals(0, k, "no function in these heaps");
                same(byValueKey, k, v, seed);
            }
        }
        assertTrue(repeats > 1000, "values met again get the same key: " + repeats);
        assertTrue(unkeyed > 0, "some globals share objects with earlier ones: " + unkeyed);
    }

    /** Records v under key, or checks it is the value recorded; whether it was there. */
    private static boolean same(Map<Long, Value> seen, long key, Value v, long seed) {
        Value before = seen.putIfAbsent(key, v);
        if (before != null) {
            assertTrue(Isomorphism.same(new Value[] {before}, new Value[] {v}), "seed " + seed + ": two values, one key");
        }
        return before != null;
    }

    @Test
    void oneTrueAndTheStringOneHaveDifferentKeys() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Value[] values = {IntV.ONE, BoolV.TRUE, StrV.of("1"), TupleV.of(new Value[] {IntV.ONE}),
                TupleV.of(new Value[] {BoolV.TRUE}), IntV.ZERO};
        long[] keys = decodedKeys(codec, m, values);
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                assertNotEquals(keys[i], keys[j], i + " and " + j);
                assertNotEquals(codec.valueKey(values[i]), codec.valueKey(values[j]), i + " and " + j);
            }
        }
    }

    @Test
    void aGlobalSharingAnEarlierOnesObjectIsKeyedOnlyByItsOwnEncoding() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Trail t = new Trail();
        ListV shared = ListV.empty(1);
        shared.append(IntV.ONE, t);
        ListV copy = ListV.empty(1);
        copy.append(IntV.ONE, t);
        long[] aliased = decodedKeys(codec, m, new Value[] {shared, shared, null, null, null, null});
        assertNotEquals(0, aliased[0]);
        assertEquals(0, aliased[1], "its bytes are a reference to g0's list");
        long[] apart = decodedKeys(codec, m, new Value[] {shared, copy, null, null, null, null});
        assertEquals(aliased[0], apart[0]);
        assertNotEquals(0, apart[1]);
        assertEquals(codec.valueKey(shared), codec.valueKey(copy), "alone, the two lists are one value");
    }

    @Test
    void aValueHoldingAFunctionHasNoKey() throws Exception {
        Program p = program();
        StateCodec codec = new StateCodec(p);
        Machine m = new Machine(p);
        Value len = new BuiltinV(0, "len");
        Value inTuple = TupleV.of(new Value[] {IntV.ONE, len});
        long[] keys = decodedKeys(codec, m, new Value[] {IntV.ONE, len, inTuple, null, null, null});
        assertNotEquals(0, keys[0]);
        assertEquals(0, keys[1]);
        assertEquals(0, keys[2]);
        assertEquals(0, codec.valueKey(len));
        assertEquals(0, codec.valueKey(inTuple));
    }
}
