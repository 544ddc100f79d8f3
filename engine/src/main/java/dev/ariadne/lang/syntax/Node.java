package dev.ariadne.lang.syntax;

/** A piece of syntax that errors can point to. */
public interface Node {
    /** The offset in the source text an error about this node should point to (documented per node). */
    int offset();
}
