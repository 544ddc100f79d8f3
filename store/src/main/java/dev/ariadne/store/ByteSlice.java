package dev.ariadne.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * A map value as a range of a byte array, written to Chronicle from where it lies: the open
 * chunk's value is its buffer, without a copy of each chunk (race-7's coordinator copied
 * 165 MB that way).
 *
 * @param array  the bytes
 * @param offset where the value starts in {@code array}
 * @param length how many bytes it has
 */
record ByteSlice(byte[] array, int offset, int length) {
    ByteSlice {
        Objects.checkFromIndexSize(offset, length, array.length);
    }

    /** The bytes as an array of their own (the array itself when the slice is all of it). */
    byte[] toArray() {
        return offset == 0 && length == array.length ? array : copy();
    }

    /** The bytes in a new array. */
    byte[] copy() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }
}
