package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.lang.compile.Builtin;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.RecordShape;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.SetV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Value;

/**
 * The Kryo serializers of the language's values: each writes its value's canonical
 * form (dicts and sets are already sorted) and reads it back with fresh objects, which
 * it registers with Kryo before reading their contents so that cycles close.
 */
final class ValueSerializers {
    private ValueSerializers() {
    }

    static Value[] readValues(Kryo kryo, Input in, int n) {
        Value[] items = new Value[n];
        for (int i = 0; i < n; i++) {
            items[i] = (Value) kryo.readClassAndObject(in);
        }
        return items;
    }

    static void writeValues(Kryo kryo, Output out, Value[] items, int n) {
        out.writeVarInt(n, true);
        for (int i = 0; i < n; i++) {
            kryo.writeClassAndObject(out, items[i]);
        }
    }

    /** Strings of the program's literal table are written as their index. */
    static void writeString(Program p, Output out, String s) {
        int i = p.stringIndex(s);
        if (i >= 0) {
            out.writeVarInt(i + 1, true);
        } else {
            out.writeVarInt(0, true);
            out.writeString(s);
        }
    }

    static StrV readString(Program p, Input in) {
        int i = in.readVarInt(true);
        return i > 0 ? p.string(i - 1) : new StrV(in.readString());
    }

    /** A frozen object is written as its index in the program's constant table. */
    static boolean writeFrozen(Output out, Mutable m) {
        if (m.isFrozen()) {
            out.writeVarInt(m.frozenIndex() + 1, true);
            return true;
        }
        out.writeVarInt(0, true);
        return false;
    }

    static final class None extends Serializer<NoneV> {
        @Override
        public void write(Kryo kryo, Output out, NoneV v) {
        }

        @Override
        public NoneV read(Kryo kryo, Input in, Class<? extends NoneV> type) {
            return NoneV.NONE;
        }
    }

    static final class Bool extends Serializer<BoolV> {
        @Override
        public void write(Kryo kryo, Output out, BoolV v) {
            out.writeBoolean(v.isTrue());
        }

        @Override
        public BoolV read(Kryo kryo, Input in, Class<? extends BoolV> type) {
            return BoolV.of(in.readBoolean());
        }
    }

    static final class Int extends Serializer<IntV> {
        @Override
        public void write(Kryo kryo, Output out, IntV v) {
            out.writeVarLong(v.value, false);
        }

        @Override
        public IntV read(Kryo kryo, Input in, Class<? extends IntV> type) {
            return IntV.of(in.readVarLong(false));
        }
    }

    static final class Str extends Serializer<StrV> {
        private final Program program;

        Str(Program program) {
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, StrV v) {
            int i = v.literal;
            if (i >= 0 && i < program.stringCount() && program.string(i) == v) {
                out.writeVarInt(i + 1, true);
            } else {
                writeString(program, out, v.value);
            }
        }

        @Override
        public StrV read(Kryo kryo, Input in, Class<? extends StrV> type) {
            return readString(program, in);
        }
    }

    static final class Tuple extends Serializer<TupleV> {
        @Override
        public void write(Kryo kryo, Output out, TupleV v) {
            writeValues(kryo, out, v.items(), v.size());
        }

        @Override
        public TupleV read(Kryo kryo, Input in, Class<? extends TupleV> type) {
            return TupleV.wrap(readValues(kryo, in, in.readVarInt(true)));
        }
    }

    static final class FrozenSet extends Serializer<FrozenSetV> {
        @Override
        public void write(Kryo kryo, Output out, FrozenSetV v) {
            writeValues(kryo, out, v.items(), v.size());
        }

        @Override
        public FrozenSetV read(Kryo kryo, Input in, Class<? extends FrozenSetV> type) {
            return FrozenSetV.wrapSorted(readValues(kryo, in, in.readVarInt(true)));
        }
    }

    static final class Function extends Serializer<FunctionV> {
        private final Program program;

        Function(Program program) {
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, FunctionV v) {
            out.writeVarInt(v.code, true);
            writeValues(kryo, out, v.defaults(), v.defaults().length);
            writeValues(kryo, out, v.captured(), v.captured().length);
        }

        @Override
        public FunctionV read(Kryo kryo, Input in, Class<? extends FunctionV> type) {
            int code = in.readVarInt(true);
            Value[] defaults = readValues(kryo, in, in.readVarInt(true));
            Value[] captured = readValues(kryo, in, in.readVarInt(true));
            return new FunctionV(code, program.code(code).name, defaults, captured);
        }
    }

    static final class BuiltinFn extends Serializer<BuiltinV> {
        @Override
        public void write(Kryo kryo, Output out, BuiltinV v) {
            out.writeVarInt(v.id, true);
        }

        @Override
        public BuiltinV read(Kryo kryo, Input in, Class<? extends BuiltinV> type) {
            int id = in.readVarInt(true);
            return new BuiltinV(id, Builtin.of(id).pyName);
        }
    }

    static final class BoundMethod extends Serializer<BoundMethodV> {
        @Override
        public void write(Kryo kryo, Output out, BoundMethodV v) {
            out.writeVarInt(v.method, true);
            out.writeString(v.name);
            kryo.writeClassAndObject(out, v.receiver);
        }

        @Override
        public BoundMethodV read(Kryo kryo, Input in, Class<? extends BoundMethodV> type) {
            int method = in.readVarInt(true);
            String name = in.readString();
            return new BoundMethodV((Value) kryo.readClassAndObject(in), method, name);
        }
    }

    static final class List extends Serializer<ListV> {
        private final Program program;

        List(Program program) {
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, ListV v) {
            if (!writeFrozen(out, v)) {
                writeValues(kryo, out, v.items(), v.size());
            }
        }

        @Override
        public ListV read(Kryo kryo, Input in, Class<? extends ListV> type) {
            int frozen = in.readVarInt(true);
            if (frozen > 0) {
                return (ListV) program.frozen(frozen - 1);
            }
            int n = in.readVarInt(true);
            Value[] items = new Value[n];
            ListV l = new ListV(items, n, 0);
            kryo.reference(l);
            for (int i = 0; i < n; i++) {
                items[i] = (Value) kryo.readClassAndObject(in);
            }
            return l;
        }
    }

    static final class Set extends Serializer<SetV> {
        private final Program program;

        Set(Program program) {
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, SetV v) {
            if (!writeFrozen(out, v)) {
                writeValues(kryo, out, v.items(), v.size());
            }
        }

        @Override
        public SetV read(Kryo kryo, Input in, Class<? extends SetV> type) {
            int frozen = in.readVarInt(true);
            if (frozen > 0) {
                return (SetV) program.frozen(frozen - 1);
            }
            int n = in.readVarInt(true);
            Value[] items = new Value[n];
            SetV s = new SetV(items, n, 0);
            kryo.reference(s);
            for (int i = 0; i < n; i++) {
                items[i] = (Value) kryo.readClassAndObject(in);
            }
            return s;
        }
    }

    static final class Dict extends Serializer<DictV> {
        private final Program program;

        Dict(Program program) {
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, DictV v) {
            if (writeFrozen(out, v)) {
                return;
            }
            int n = v.size();
            out.writeVarInt(n, true);
            for (int i = 0; i < n; i++) {
                kryo.writeClassAndObject(out, v.keyAt(i));
                kryo.writeClassAndObject(out, v.valueAt(i));
            }
        }

        @Override
        public DictV read(Kryo kryo, Input in, Class<? extends DictV> type) {
            int frozen = in.readVarInt(true);
            if (frozen > 0) {
                return (DictV) program.frozen(frozen - 1);
            }
            int n = in.readVarInt(true);
            Value[] keys = new Value[n];
            Value[] vals = new Value[n];
            DictV d = new DictV(keys, vals, n, 0);
            kryo.reference(d);
            for (int i = 0; i < n; i++) {
                keys[i] = (Value) kryo.readClassAndObject(in);
                vals[i] = (Value) kryo.readClassAndObject(in);
            }
            return d;
        }
    }

    static final class Record extends Serializer<RecordV> {
        private final Program program;

        Record(Program program) {
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, RecordV v) {
            if (writeFrozen(out, v)) {
                return;
            }
            RecordShape shape = v.shape();
            out.writeVarInt(shape.size(), true);
            for (int i = 0; i < shape.size(); i++) {
                writeString(program, out, shape.name(i));
            }
            for (int i = 0; i < shape.size(); i++) {
                kryo.writeClassAndObject(out, v.field(i));
            }
        }

        @Override
        public RecordV read(Kryo kryo, Input in, Class<? extends RecordV> type) {
            int frozen = in.readVarInt(true);
            if (frozen > 0) {
                return (RecordV) program.frozen(frozen - 1);
            }
            int n = in.readVarInt(true);
            String[] names = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = readString(program, in).value;
            }
            Value[] fields = new Value[n];
            RecordV r = new RecordV(RecordShape.of(names), fields, 0);
            kryo.reference(r);
            for (int i = 0; i < n; i++) {
                fields[i] = (Value) kryo.readClassAndObject(in);
            }
            return r;
        }
    }
}
