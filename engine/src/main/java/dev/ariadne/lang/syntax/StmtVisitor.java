package dev.ariadne.lang.syntax;

/** An operation on every kind of statement, one method per node type. */
public interface StmtVisitor<R> {
    R visitExprStmt(ExprStmt stmt);

    R visitAssignStmt(AssignStmt stmt);

    R visitAugAssignStmt(AugAssignStmt stmt);

    R visitVarStmt(VarStmt stmt);

    R visitIfStmt(IfStmt stmt);

    R visitWhileStmt(WhileStmt stmt);

    R visitForStmt(ForStmt stmt);

    R visitBreakStmt(BreakStmt stmt);

    R visitContinueStmt(ContinueStmt stmt);

    R visitPassStmt(PassStmt stmt);

    R visitReturnStmt(ReturnStmt stmt);

    R visitAssertStmt(AssertStmt stmt);

    R visitAwaitStmt(AwaitStmt stmt);

    R visitEitherStmt(EitherStmt stmt);

    R visitLabelStmt(LabelStmt stmt);

    R visitGotoStmt(GotoStmt stmt);
}
