package dev.ariadne.lang.syntax;

/** A clause of a comprehension: {@code for target in iterable} or {@code if cond}. */
public sealed interface CompClause extends Node permits ForClause, IfClause {
}
