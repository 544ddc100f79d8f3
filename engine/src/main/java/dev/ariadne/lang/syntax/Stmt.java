package dev.ariadne.lang.syntax;

/** A statement inside a declaration's body. */
public sealed interface Stmt extends Node
        permits ExprStmt, AssignStmt, AugAssignStmt, VarStmt, IfStmt, WhileStmt, ForStmt, BreakStmt, ContinueStmt,
        PassStmt, ReturnStmt, AssertStmt, AwaitStmt, EitherStmt, LabelStmt, GotoStmt {

    <R> R accept(StmtVisitor<R> visitor);
}
