package dev.ariadne.lang.resolve;

/**
 * What a body of code is, which decides how it starts and ends: the resolver gives each
 * scope its kind, the compiler and the machine keep it with the compiled code.
 */
public enum CodeKind { INIT, ACTION, PROCESS, DEF, LAMBDA, INVARIANT, CONSTRAINT, CONST, PROPERTY }
