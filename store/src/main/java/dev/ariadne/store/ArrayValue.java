package dev.ariadne.store;

import net.openhft.chronicle.bytes.BytesStore;
import net.openhft.chronicle.bytes.RandomDataInput;
import net.openhft.chronicle.bytes.RandomDataOutput;
import net.openhft.chronicle.hash.AbstractData;

/**
 * A range of a byte array as a map value that Chronicle writes in one bulk copy. Chronicle's
 * own wrapper of a heap array goes through a loop of eight-byte reads and writes, each an
 * interface call with its bounds checks (race-7's coordinator: user CPU 0.95 with this,
 * docs/benchmarks.md, "Stop 17").
 */
final class ArrayValue extends AbstractData<byte[]> {
    private final ByteSlice value;
    private BytesStore<?, byte[]> wrapped;

    ArrayValue(ByteSlice value) {
        this.value = value;
    }

    @Override
    public RandomDataInput bytes() {
        if (wrapped == null) {
            wrapped = BytesStore.wrap(value.array());
        }
        return wrapped;
    }

    @Override
    public long offset() {
        return value.offset();
    }

    @Override
    public long size() {
        return value.length();
    }

    @Override
    public void writeTo(RandomDataOutput target, long targetOffset) {
        target.write(targetOffset, value.array(), value.offset(), value.length());
    }

    @Override
    public byte[] get() {
        return value.toArray();
    }

    @Override
    public byte[] getUsing(byte[] using) {
        return value.copy();
    }
}
