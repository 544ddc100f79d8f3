package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.SymV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;
import dev.ariadne.vm.ArrayIter;
import dev.ariadne.vm.Iter;
import dev.ariadne.vm.ListIter;
import dev.ariadne.vm.RangeIter;

import java.util.ArrayList;
import java.util.List;

/**
 * The closed world of classes a state may contain, each registered with a fixed id.
 * Registration is required: {@link #newKryo} verifies that every class of the sealed
 * {@link Value} and {@link Iter} hierarchies is registered, and writing an object of any
 * other class fails loudly. Changing an id changes the format: bump
 * {@link StateCodec#FORMAT_VERSION}.
 */
public final class Registry {
    public static final int NONE = 20;
    public static final int BOOL = 21;
    public static final int INT = 22;
    public static final int STR = 23;
    public static final int TUPLE = 24;
    public static final int FROZENSET = 25;
    public static final int RECORD = 26;
    public static final int LIST = 27;
    public static final int DICT = 28;
    public static final int SET = 29;
    public static final int FUNCTION = 30;
    public static final int BUILTIN = 31;
    public static final int BOUND_METHOD = 32;
    public static final int FROZEN_RECORD = 33;
    public static final int SYM = 34;
    public static final int LIST_ITER = 40;
    public static final int ARRAY_ITER = 41;
    public static final int RANGE_ITER = 42;

    private Registry() {
    }

    /** A Kryo for one thread, bound to one program, with the value I/O its serializers write through. */
    static ValueIO newKryo(Program program) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false);
        ValueIO io = new ValueIO(kryo);
        kryo.register(NoneV.class, new ValueSerializers.None(io), NONE);
        kryo.register(BoolV.class, new ValueSerializers.Bool(io), BOOL);
        kryo.register(IntV.class, new ValueSerializers.Int(io), INT);
        kryo.register(StrV.class, new ValueSerializers.Str(io, program), STR);
        kryo.register(TupleV.class, new ValueSerializers.Tuple(io), TUPLE);
        kryo.register(FrozenSetV.class, new ValueSerializers.FrozenSet(io), FROZENSET);
        kryo.register(RecordV.class, new ValueSerializers.Record(io, program), RECORD);
        kryo.register(FrozenRecordV.class, new FrozenRecordSerializer(io, program), FROZEN_RECORD);
        kryo.register(ListV.class, new ValueSerializers.Items<>(io, program, (items, n) -> new ListV(items, n, 0)), LIST);
        kryo.register(DictV.class, new ValueSerializers.Dict(io, program), DICT);
        kryo.register(SetV.class, new ValueSerializers.Items<>(io, program, (items, n) -> new SetV(items, n, 0)), SET);
        kryo.register(FunctionV.class, new ValueSerializers.Function(io, program), FUNCTION);
        kryo.register(BuiltinV.class, new ValueSerializers.BuiltinFn(io), BUILTIN);
        kryo.register(BoundMethodV.class, new ValueSerializers.BoundMethod(io), BOUND_METHOD);
        kryo.register(SymV.class, new ValueSerializers.Sym(io, program), SYM);
        kryo.register(ListIter.class, new IterSerializers.OfList(io), LIST_ITER);
        kryo.register(ArrayIter.class, new IterSerializers.OfArray(io), ARRAY_ITER);
        kryo.register(RangeIter.class, new IterSerializers.OfRange(io), RANGE_ITER);
        verify(kryo);
        Class<?>[] byTag = new Class<?>[Value.SYM + 1];
        byTag[Value.NONE] = NoneV.class;
        byTag[Value.BOOL] = BoolV.class;
        byTag[Value.INT] = IntV.class;
        byTag[Value.STR] = StrV.class;
        byTag[Value.TUPLE] = TupleV.class;
        byTag[Value.FROZENSET] = FrozenSetV.class;
        byTag[Value.FROZENRECORD] = FrozenRecordV.class;
        byTag[Value.RECORD] = RecordV.class;
        byTag[Value.LIST] = ListV.class;
        byTag[Value.DICT] = DictV.class;
        byTag[Value.SET] = SetV.class;
        byTag[Value.SYM] = SymV.class;
        io.init(byTag);
        return io;
    }

    /** Every concrete class of the state's sealed hierarchies must be registered; refuses to start otherwise. */
    static void verify(Kryo kryo) {
        for (Class<?> c : concreteClasses(Value.class, new ArrayList<>())) {
            kryo.getRegistration(c);
        }
        for (Class<?> c : concreteClasses(Iter.class, new ArrayList<>())) {
            kryo.getRegistration(c);
        }
    }

    /** The non-abstract classes under a sealed type. */
    static List<Class<?>> concreteClasses(Class<?> root, List<Class<?>> out) {
        if (root.isSealed()) {
            for (Class<?> sub : root.getPermittedSubclasses()) {
                concreteClasses(sub, out);
            }
        } else {
            out.add(root);
        }
        return out;
    }
}
