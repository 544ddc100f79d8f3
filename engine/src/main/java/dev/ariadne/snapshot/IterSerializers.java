package dev.ariadne.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import dev.ariadne.value.ListV;
import dev.ariadne.value.Value;
import dev.ariadne.vm.ArrayIter;
import dev.ariadne.vm.ListIter;
import dev.ariadne.vm.RangeIter;

/** The Kryo serializers of the iterators of paused {@code for} loops (part of a process's state). */
final class IterSerializers {
    private IterSerializers() {
    }

    /** The list by reference (the loop sees later changes to it) and the position. */
    static final class OfList extends ValueSerializers.Base<ListIter> {
        OfList(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, ListIter it) {
            io.write(out, it.list);
            out.writeVarInt(it.index, true);
        }

        @Override
        public ListIter read(Kryo kryo, Input in, Class<? extends ListIter> type) {
            ListV list = (ListV) io.read(in);
            return new ListIter(list, in.readVarInt(true));
        }
    }

    /** Only the elements not yet visited: two loops with the same future are the same state. */
    static final class OfArray extends ValueSerializers.Base<ArrayIter> {
        OfArray(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, ArrayIter it) {
            int left = Math.max(0, it.items.length - it.index);
            out.writeVarInt(left, true);
            for (int i = it.index; i < it.items.length; i++) {
                io.write(out, it.items[i]);
            }
        }

        @Override
        public ArrayIter read(Kryo kryo, Input in, Class<? extends ArrayIter> type) {
            return new ArrayIter(ValueSerializers.readValues(io, in, in.readVarInt(true)), 0);
        }
    }

    static final class OfRange extends ValueSerializers.Base<RangeIter> {
        OfRange(ValueIO io) {
            super(io);
        }

        @Override
        public void write(Kryo kryo, Output out, RangeIter it) {
            out.writeVarLong(it.next, false);
            out.writeVarLong(it.stop, false);
            out.writeVarLong(it.step, false);
        }

        @Override
        public RangeIter read(Kryo kryo, Input in, Class<? extends RangeIter> type) {
            return new RangeIter(in.readVarLong(false), in.readVarLong(false), in.readVarLong(false));
        }
    }

}
