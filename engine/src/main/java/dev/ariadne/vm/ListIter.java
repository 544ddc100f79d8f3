package dev.ariadne.vm;

import dev.ariadne.value.ListV;
import dev.ariadne.value.Value;

/** Iterates a list by index, as Python does: appends made during the loop are seen. */
public final class ListIter extends Iter {
    public final ListV list;
    public int index;

    public ListIter(ListV list, int index) {
        this.list = list;
        this.index = index;
    }

    @Override
    public Value next() {
        return index < list.size() ? list.get(index++) : null;
    }

    @Override
    public Iter copy() {
        return new ListIter(list, index);
    }
}
