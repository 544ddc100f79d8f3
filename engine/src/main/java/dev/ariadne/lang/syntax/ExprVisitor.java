package dev.ariadne.lang.syntax;

/** An operation on every kind of expression, one method per node type. */
public interface ExprVisitor<R> {
    R visitIdentifier(Identifier expr);

    R visitIntLiteral(IntLiteral expr);

    R visitStringLiteral(StringLiteral expr);

    R visitBoolLiteral(BoolLiteral expr);

    R visitNoneLiteral(NoneLiteral expr);

    R visitFStringExpr(FStringExpr expr);

    R visitFormattedValue(FormattedValue expr);

    R visitBinaryExpr(BinaryExpr expr);

    R visitUnaryExpr(UnaryExpr expr);

    R visitNotExpr(NotExpr expr);

    R visitBoolOpExpr(BoolOpExpr expr);

    R visitCompareExpr(CompareExpr expr);

    R visitCondExpr(CondExpr expr);

    R visitLambdaExpr(LambdaExpr expr);

    R visitCallExpr(CallExpr expr);

    R visitIndexExpr(IndexExpr expr);

    R visitSliceExpr(SliceExpr expr);

    R visitAttrExpr(AttrExpr expr);

    R visitTupleExpr(TupleExpr expr);

    R visitListExpr(ListExpr expr);

    R visitSetExpr(SetExpr expr);

    R visitDictExpr(DictExpr expr);

    R visitComprehensionExpr(ComprehensionExpr expr);

    R visitOneOfExpr(OneOfExpr expr);
}
