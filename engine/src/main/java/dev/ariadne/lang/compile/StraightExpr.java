package dev.ariadne.lang.compile;

import dev.ariadne.lang.syntax.ComprehensionExpr;
import dev.ariadne.lang.syntax.EveryNode;
import dev.ariadne.lang.syntax.LambdaExpr;
import dev.ariadne.lang.syntax.OneOfExpr;

/**
 * A test of an expression that refuses, wherever they are, the nodes that bind local
 * slots of their own or fork: lambdas, comprehensions and {@code oneof}. What the
 * compiler moves or shares must be free of them; subclasses judge the other nodes.
 */
abstract class StraightExpr extends EveryNode {
    @Override
    public Void visitLambdaExpr(LambdaExpr e) {
        return fail();
    }

    @Override
    public Void visitComprehensionExpr(ComprehensionExpr e) {
        return fail();
    }

    @Override
    public Void visitOneOfExpr(OneOfExpr e) {
        return fail();
    }
}
