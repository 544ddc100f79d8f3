package dev.ariadne.lang.compile;

import dev.ariadne.load.ModelException;
import dev.ariadne.load.ModelLoader;
import dev.ariadne.value.IntV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.SymV;
import dev.ariadne.value.Value;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A program is immutable: the loaded one is a new program of the same hash, and no accessor lets its values change. */
class ProgramTest {
    private static final String MODEL = """
            const N = 3
            const S = symmetric("p", N)
            const L = [1, 2]
            def double(x, k=2):
                return x * k
            var i = 0
            action Inc:
                await i < double(N)
                i += 1
            """;

    @Test
    void theLoadedProgramKeepsTheHashOfWhatItWasMadeFrom() throws ModelException {
        Program a = ModelLoader.load("m.ari", MODEL, Map.of());
        Program b = ModelLoader.load("m.ari", MODEL, Map.of());
        assertNotSame(a, b);
        assertEquals(a.hash(), b.hash());
        assertEquals(IntV.of(3), a.constValue(0));
        assertEquals(1, a.symmetricSetCount());
        assertEquals(3, a.symmetricSet(0).length);
        assertEquals(1, a.frozenCount()); // the list L
        assertNotEquals(a.hash(), ModelLoader.load("m.ari", MODEL, Map.of("N", "2")).hash());
    }

    @Test
    void theValuesGivenOutAreCopies() throws ModelException {
        Program p = ModelLoader.load("m.ari", MODEL, Map.of());
        Value[] consts = p.constValues();
        consts[0] = IntV.of(99);
        p.defValues()[0] = null;
        assertEquals(IntV.of(3), p.constValue(0));
        assertEquals("double", p.defValue(0).name);
    }

    @Test
    void withValuesMakesANewProgramAndLeavesThisOneAsItWas() throws ModelException {
        Program p = ModelLoader.load("m.ari", MODEL, Map.of());
        Value[] consts = p.constValues();
        consts[0] = IntV.of(7);
        Program q = p.withValues(consts, p.defValues(), new Mutable[0], new SymV[0][]);
        consts[0] = IntV.of(8); // the new program kept its own copy
        assertEquals(p.hash(), q.hash());
        assertEquals(IntV.of(7), q.constValue(0));
        assertEquals(IntV.of(3), p.constValue(0));
        assertEquals(0, q.symmetricSetCount());
        assertEquals(1, p.symmetricSetCount());
        assertThrows(IllegalArgumentException.class,
                () -> p.withValues(new Value[0], p.defValues(), new Mutable[0], new SymV[0][]));
    }
}
