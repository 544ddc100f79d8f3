package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.FrozenRecordV;
import dev.ariadne.value.RecordShape;
import dev.ariadne.value.Value;

/** Writes a frozen record by value, like a tuple: its field names, then its fields. */
final class FrozenRecordSerializer extends ValueSerializers.Base<FrozenRecordV> {
    private final Program program;

    FrozenRecordSerializer(ValueIO io, Program program) {
        super(io);
        this.program = program;
    }

    @Override
    public void write(Kryo kryo, Output out, FrozenRecordV v) {
        RecordShape shape = v.shape();
        out.writeVarInt(shape.size(), true);
        for (int i = 0; i < shape.size(); i++) {
            ValueSerializers.writeString(program, out, shape.name(i));
        }
        for (int i = 0; i < shape.size(); i++) {
            io.write(out, v.field(i));
        }
    }

    @Override
    public FrozenRecordV read(Kryo kryo, Input in, Class<? extends FrozenRecordV> type) {
        int n = in.readVarInt(true);
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = ValueSerializers.readString(program, in).value;
        }
        return new FrozenRecordV(RecordShape.of(names), ValueSerializers.readValues(io, in, n));
    }
}
