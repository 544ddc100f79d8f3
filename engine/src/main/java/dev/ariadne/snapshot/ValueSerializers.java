package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.ArrayBacked;
import dev.ariadne.value.BoolV;
import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.DictV;
import dev.ariadne.value.FrozenSetV;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.IntV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.NoneV;
import dev.ariadne.value.RecordShape;
import dev.ariadne.value.RecordV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.SymV;
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

    static Value[] readValues(ValueIO io, Input in, int n) {
        Value[] items = new Value[n];
        for (int i = 0; i < n; i++) {
            items[i] = (Value) io.read(in);
        }
        return items;
    }

    static void writeValues(ValueIO io, Output out, Value[] items, int n) {
        out.writeVarInt(n, true);
        for (int i = 0; i < n; i++) {
            io.write(out, items[i]);
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

    /** A serializer that writes the objects its value contains through the codec's {@link ValueIO}. */
    abstract static class Base<T> extends Serializer<T> {
        final ValueIO io;

        Base(ValueIO io) {
            this.io = io;
        }
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

    /** Reads the frozen marker: the constant object (numbered like any other), or null for an ordinary one. */
    static Mutable readFrozen(ValueIO io, int id, Input in, Program program) {
        int frozen = in.readVarInt(true);
        if (frozen == 0) {
            return null;
        }
        Mutable f = program.frozen(frozen - 1);
        io.bind(id, f);
        return f;
    }

    static final class None extends Base<NoneV> {
        None(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, NoneV v) {
        }

        @Override
        public NoneV read(Kryo kryo, Input in, Class<? extends NoneV> type) {
            return NoneV.NONE;
        }
    }

    static final class Bool extends Base<BoolV> {
        Bool(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, BoolV v) {
            out.writeBoolean(v.isTrue());
        }

        @Override
        public BoolV read(Kryo kryo, Input in, Class<? extends BoolV> type) {
            return BoolV.of(in.readBoolean());
        }
    }

    /** A symmetric value: its set and its index, read back as the program's own element. */
    static final class Sym extends Base<SymV> {
        private final Program program;

        Sym(ValueIO io, Program program) {
            super(io);
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, SymV v) {
            out.writeVarInt(v.group, true);
            out.writeVarInt(v.index, true);
        }

        @Override
        public SymV read(Kryo kryo, Input in, Class<? extends SymV> type) {
            int g = in.readVarInt(true);
            int i = in.readVarInt(true);
            if (g >= program.symmetricSetCount() || i >= program.symmetricSet(g).length) {
                throw new SnapshotException("damaged snapshot: no symmetric value " + g + "." + i);
            }
            return program.symmetricSet(g)[i];
        }
    }

    /** ValueIO writes ints itself, on its fast path: the two must write the same bytes. */
    static final class Int extends Base<IntV> {
        Int(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, IntV v) {
            out.writeVarLong(v.value, false);
        }

        @Override
        public IntV read(Kryo kryo, Input in, Class<? extends IntV> type) {
            return IntV.of(in.readVarLong(false));
        }
    }

    static final class Str extends Base<StrV> {
        private final Program program;

        Str(ValueIO io, Program program) {
            super(io);
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

    static final class Tuple extends Base<TupleV> {
        Tuple(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, TupleV v) {
            writeValues(io, out, v.items(), v.size());
        }

        @Override
        public TupleV read(Kryo kryo, Input in, Class<? extends TupleV> type) {
            return TupleV.wrap(readValues(io, in, in.readVarInt(true)));
        }
    }

    static final class FrozenSet extends Base<FrozenSetV> {
        FrozenSet(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, FrozenSetV v) {
            writeValues(io, out, v.items(), v.size());
        }

        @Override
        public FrozenSetV read(Kryo kryo, Input in, Class<? extends FrozenSetV> type) {
            return FrozenSetV.wrapSorted(readValues(io, in, in.readVarInt(true)));
        }
    }

    static final class Function extends Base<FunctionV> {
        private final Program program;

        Function(ValueIO io, Program program) {
            super(io);
            this.program = program;
        }

        @Override
        public void write(Kryo kryo, Output out, FunctionV v) {
            out.writeVarInt(v.code, true);
            writeValues(io, out, v.defaults(), v.defaults().length);
            writeValues(io, out, v.captured(), v.captured().length);
        }

        @Override
        public FunctionV read(Kryo kryo, Input in, Class<? extends FunctionV> type) {
            int code = in.readVarInt(true);
            Value[] defaults = readValues(io, in, in.readVarInt(true));
            Value[] captured = readValues(io, in, in.readVarInt(true));
            return new FunctionV(code, program.code(code).name, defaults, captured);
        }
    }

    static final class BuiltinFn extends Base<BuiltinV> {
        BuiltinFn(ValueIO io) {
            super(io);
        }

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

    static final class BoundMethod extends Base<BoundMethodV> {
        BoundMethod(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, BoundMethodV v) {
            out.writeVarInt(v.method, true);
            out.writeString(v.name);
            io.write(out, v.receiver);
        }

        @Override
        public BoundMethodV read(Kryo kryo, Input in, Class<? extends BoundMethodV> type) {
            int method = in.readVarInt(true);
            String name = in.readString();
            return new BoundMethodV((Value) io.read(in), method, name);
        }
    }

    /** How a list or a set is made around the items array it is read into. */
    interface ItemsFactory<T extends ArrayBacked> {
        T make(Value[] items, int size);
    }

    /** Lists and sets: their items in order (a set's order is canonical already). */
    static final class Items<T extends ArrayBacked> extends Base<T> {
        private final Program program;
        private final ItemsFactory<T> factory;

        Items(ValueIO io, Program program, ItemsFactory<T> factory) {
            super(io);
            this.program = program;
            this.factory = factory;
        }

        @Override
        public void write(Kryo kryo, Output out, T v) {
            if (!writeFrozen(out, v)) {
                writeValues(io, out, v.items(), v.size());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public T read(Kryo kryo, Input in, Class<? extends T> type) {
            int id = io.claim();
            Mutable frozen = readFrozen(io, id, in, program);
            if (frozen != null) {
                return (T) frozen;
            }
            int n = in.readVarInt(true);
            Value[] items = new Value[n];
            T made = factory.make(items, n);
            io.bind(id, made);
            for (int i = 0; i < n; i++) {
                items[i] = (Value) io.read(in);
            }
            return made;
        }
    }

    static final class Dict extends Base<DictV> {
        private final Program program;

        Dict(ValueIO io, Program program) {
            super(io);
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
                io.write(out, v.keyAt(i));
                io.write(out, v.valueAt(i));
            }
        }

        @Override
        public DictV read(Kryo kryo, Input in, Class<? extends DictV> type) {
            int id = io.claim();
            Mutable frozen = readFrozen(io, id, in, program);
            if (frozen != null) {
                return (DictV) frozen;
            }
            int n = in.readVarInt(true);
            Value[] keys = new Value[n];
            Value[] vals = new Value[n];
            DictV d = new DictV(keys, vals, n, 0);
            io.bind(id, d);
            for (int i = 0; i < n; i++) {
                keys[i] = (Value) io.read(in);
                vals[i] = (Value) io.read(in);
            }
            return d;
        }
    }

    static final class Record extends Base<RecordV> {
        private final Program program;

        Record(ValueIO io, Program program) {
            super(io);
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
                io.write(out, v.field(i));
            }
        }

        @Override
        public RecordV read(Kryo kryo, Input in, Class<? extends RecordV> type) {
            int id = io.claim();
            Mutable frozen = readFrozen(io, id, in, program);
            if (frozen != null) {
                return (RecordV) frozen;
            }
            int n = in.readVarInt(true);
            String[] names = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = readString(program, in).value;
            }
            Value[] fields = new Value[n];
            RecordV r = new RecordV(RecordShape.of(names), fields, 0);
            io.bind(id, r);
            for (int i = 0; i < n; i++) {
                fields[i] = (Value) io.read(in);
            }
            return r;
        }
    }
}
