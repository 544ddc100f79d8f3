package dev.ariadne.lang.syntax;

/** An expression. */
public sealed interface Expr extends Node
        permits Identifier, IntLiteral, StringLiteral, BoolLiteral, NoneLiteral, FStringExpr, FormattedValue,
        BinaryExpr, UnaryExpr, NotExpr, BoolOpExpr, CompareExpr, CondExpr, LambdaExpr, CallExpr, IndexExpr,
        SliceExpr, AttrExpr, TupleExpr, ListExpr, SetExpr, DictExpr, ComprehensionExpr, OneOfExpr {

    <R> R accept(ExprVisitor<R> visitor);
}
