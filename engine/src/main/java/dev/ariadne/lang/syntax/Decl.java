package dev.ariadne.lang.syntax;

/** A top-level declaration of a model file. */
public sealed interface Decl extends Node
        permits ConstDecl, VarDecl, InitDecl, DefDecl, ActionDecl, ProcessDecl, InvariantDecl, ConstraintDecl,
        PropertyDecl {

    <R> R accept(DeclVisitor<R> visitor);
}
