package dev.ariadne.lang.syntax;

/**
 * A test that holds of an expression when it holds at every node of it: subclasses
 * override the nodes they judge, {@linkplain #fail failing} where it does not hold or
 * going on into the children with {@code super}; the walk stops at the first failure.
 */
public abstract class EveryNode extends TreeWalker {
    private boolean holds;

    /** Whether the test holds at every node of {@code e}. */
    public boolean test(Expr e) {
        holds = true;
        walk(e);
        return holds;
    }

    /** The test does not hold here. */
    protected Void fail() {
        holds = false;
        return null;
    }

    /** Goes on into {@code e} only while the test holds. */
    @Override
    public void walk(Expr e) {
        if (holds) {
            super.walk(e);
        }
    }
}
