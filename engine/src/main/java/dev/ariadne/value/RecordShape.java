package dev.ariadne.value;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/** The sorted field names of a record; shapes are interned, so equal shapes are the same object. */
public final class RecordShape {
    private static final ConcurrentHashMap<String, RecordShape> INTERNED = new ConcurrentHashMap<>();

    private final String[] names;

    private RecordShape(String[] names) {
        this.names = names;
    }

    /** The shape with these field names (any order, no duplicates). */
    public static RecordShape of(String... names) {
        String[] sorted = names.clone();
        Arrays.sort(sorted);
        return INTERNED.computeIfAbsent(String.join("\0", sorted), k -> new RecordShape(sorted));
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    /** The index of a field, or -1. */
    public int indexOf(String name) {
        int i = Arrays.binarySearch(names, name);
        return i >= 0 ? i : -1;
    }

    /** Compares shapes by their sorted names, lexicographically. */
    public int compareTo(RecordShape o) {
        if (this == o) {
            return 0;
        }
        int n = Math.min(names.length, o.names.length);
        for (int i = 0; i < n; i++) {
            int c = names[i].compareTo(o.names[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(names.length, o.names.length);
    }

    @Override
    public String toString() {
        return String.join(",", names);
    }
}
