package dev.ariadne.value;

/**
 * A value with identity: list, dict, set or record. The codec numbers mutable objects in
 * visiting order, so aliasing and cycles are part of a state.
 */
public abstract sealed class Mutable implements Value, Undoable permits ArrayBacked, DictV, RecordV {
    /** The trail epoch in which this object was created or last saved. */
    long stamp;
    /** Index in the program's table of frozen constant objects, or -1 for an ordinary object. */
    private int frozen = -1;
    /** Codec scratch space: the encoding pass that last numbered this object, and the number. */
    public long markPass;
    public int markId;

    protected Mutable(long stamp) {
        this.stamp = stamp;
    }

    /** Whether this object was created or changed in trail epoch {@code epoch} or later. */
    public final boolean changedSince(long epoch) {
        return stamp >= epoch;
    }

    /** Whether this object belongs to a constant and may not change. */
    public final boolean isFrozen() {
        return frozen >= 0;
    }

    /** The index of this frozen object in the program's constant-object table. */
    public final int frozenIndex() {
        return frozen;
    }

    /** Makes this object part of a constant, at that index of the program's constant-object table. */
    public final void freeze(int index) {
        this.frozen = index;
    }

    /**
     * Before {@code next} replaces {@code current} in this object: false if the write can be
     * left undone (the same value, see {@link Values#sameLeaf}, in a write that would be
     * allowed), else {@link #beforeWrite} and true. A step that writes back what was there
     * then leaves no trace on the trail, so it is seen as a step back to the same state and
     * its successor is not encoded again.
     */
    protected final boolean beforeReplace(Value current, Value next, Trail trail) {
        if (frozen < 0 && !trail.isReadOnly() && Values.sameLeaf(current, next)) {
            return false;
        }
        beforeWrite(trail);
        return true;
    }

    /** Must be called before every change: refuses constants and saves the contents once per epoch. */
    protected final void beforeWrite(Trail trail) {
        if (frozen >= 0) {
            throw new EvalException("cannot modify a constant value (a " + typeName() + " reachable from a const)");
        }
        if (stamp != trail.epoch()) {
            saveTo(trail);
            stamp = trail.epoch();
        }
    }

    /** Saves the current contents in the trail and detaches from them (copy on write). */
    protected abstract void saveTo(Trail trail);

    /** Identity: the language's structural {@code ==} is {@link Order#equal}. */
    @Override
    public final boolean equals(Object o) {
        return this == o;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return Repr.repr(this);
    }
}
