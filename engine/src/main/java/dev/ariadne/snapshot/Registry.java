package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.vm.ArrayIter;
import dev.ariadne.vm.ListIter;
import dev.ariadne.vm.RangeIter;

/**
 * The closed world of classes a state may contain, each registered with a fixed id.
 * Registration is required: an unregistered class fails loudly when it is first
 * written, never silently slowly. Changing an id changes the format: bump
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
    public static final int LIST_ITER = 40;
    public static final int ARRAY_ITER = 41;
    public static final int RANGE_ITER = 42;

    private Registry() {
    }

    /** A Kryo for one thread, bound to one program (its literal and constant tables). */
    public static Kryo newKryo(Program program) {
        Kryo kryo = new Kryo(new MarkResolver());
        kryo.setRegistrationRequired(true);
        kryo.setReferences(true);
        kryo.setAutoReset(false);
        kryo.register(NoneV.class, new ValueSerializers.None(), NONE);
        kryo.register(BoolV.class, new ValueSerializers.Bool(), BOOL);
        kryo.register(IntV.class, new ValueSerializers.Int(), INT);
        kryo.register(StrV.class, new ValueSerializers.Str(program), STR);
        kryo.register(TupleV.class, new ValueSerializers.Tuple(), TUPLE);
        kryo.register(FrozenSetV.class, new ValueSerializers.FrozenSet(), FROZENSET);
        kryo.register(RecordV.class, new ValueSerializers.Record(program), RECORD);
        kryo.register(ListV.class, new ValueSerializers.List(program), LIST);
        kryo.register(DictV.class, new ValueSerializers.Dict(program), DICT);
        kryo.register(SetV.class, new ValueSerializers.Set(program), SET);
        kryo.register(FunctionV.class, new ValueSerializers.Function(program), FUNCTION);
        kryo.register(BuiltinV.class, new ValueSerializers.BuiltinFn(), BUILTIN);
        kryo.register(BoundMethodV.class, new ValueSerializers.BoundMethod(), BOUND_METHOD);
        kryo.register(ListIter.class, new IterSerializers.OfList(), LIST_ITER);
        kryo.register(ArrayIter.class, new IterSerializers.OfArray(), ARRAY_ITER);
        kryo.register(RangeIter.class, new IterSerializers.OfRange(), RANGE_ITER);
        return kryo;
    }
}
