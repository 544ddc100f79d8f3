package dev.ariadne.value;

/**
 * The undo log of one machine: it lets a worker run every branch of every step from a
 * decoded state in place, and put the state back between branches.
 *
 * <p>A mutable object is saved at most once per <em>epoch</em> (its first write in the
 * epoch copies its arrays, the trail keeps the old ones); objects created in the current
 * epoch are never saved, since undoing past their creation makes them unreachable. Every
 * {@link #mark()} and {@link #undoTo} starts a new epoch, so an object saved before a
 * choice point is saved again after it.
 */
public final class Trail {
    private Undoable[] targets = new Undoable[64];
    private Object[] as = new Object[64];
    private Object[] bs = new Object[64];
    private int[] ns = new int[64];
    private int top;
    private long epoch = 1;
    private String readOnlyWhat;

    /** The current epoch; objects created now must be stamped with it. */
    public long epoch() {
        return epoch;
    }

    /** Starts a new epoch and returns the position to undo to. */
    public int mark() {
        epoch++;
        return top;
    }

    /** Puts back everything saved since {@code mark}, newest first, and starts a new epoch. */
    public void undoTo(int mark) {
        while (top > mark) {
            top--;
            targets[top].undo(as[top], bs[top], ns[top]);
            targets[top] = null;
            as[top] = null;
            bs[top] = null;
        }
        epoch++;
    }

    /**
     * Keeps everything changed since {@code mark} as it is, dropping its undo entries, and
     * starts a new epoch: the changes become the state that later marks undo back to.
     */
    public void forget(int mark) {
        while (top > mark) {
            top--;
            targets[top] = null;
            as[top] = null;
            bs[top] = null;
        }
        epoch++;
    }

    /** Records the contents of {@code target} as {@code (a, b, n)} before it changes. */
    public void save(Undoable target, Object a, Object b, int n) {
        if (readOnlyWhat != null) {
            throw new EvalException(readOnlyWhat + " may not change the state");
        }
        if (top == targets.length) {
            grow();
        }
        targets[top] = target;
        as[top] = a;
        bs[top] = b;
        ns[top] = n;
        top++;
    }

    /**
     * While set, any write to a pre-existing object fails with "{@code what} may not change
     * the state" (invariants and constraints); {@code null} lifts it. The message is built
     * only when it is thrown: invariants run once per state.
     */
    public void setReadOnly(String what) {
        this.readOnlyWhat = what;
    }

    /** What {@link #setReadOnly} was given, or null. */
    public String readOnlyWhat() {
        return readOnlyWhat;
    }

    public boolean isReadOnly() {
        return readOnlyWhat != null;
    }

    /** The number of saved entries (for tests). */
    public int size() {
        return top;
    }

    private void grow() {
        int n = targets.length * 2;
        targets = java.util.Arrays.copyOf(targets, n);
        as = java.util.Arrays.copyOf(as, n);
        bs = java.util.Arrays.copyOf(bs, n);
        ns = java.util.Arrays.copyOf(ns, n);
    }
}
