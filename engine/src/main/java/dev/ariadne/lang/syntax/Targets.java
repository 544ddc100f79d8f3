package dev.ariadne.lang.syntax;

/** The checks on what may stand left of '=' (and of '+=', and after 'for'). */
final class Targets {
    private Targets() {
    }

    /** Reports every part of {@code target} that cannot be assigned to. */
    static void checkAssignable(Expr target, TokenCursor in) {
        if (target instanceof TupleExpr tuple) {
            tuple.items().forEach(item -> checkAssignable(item, in));
        } else if (target instanceof ListExpr list) {
            list.items().forEach(item -> checkAssignable(item, in));
        } else if (!isSingle(target)) {
            in.report(target.offset(), "cannot assign to " + describe(target));
        }
    }

    /** Reports a target that an augmented assignment cannot update. */
    static void checkAugmentable(Expr target, TokenCursor in) {
        if (!isSingle(target)) {
            in.report(target.offset(), "'" + describe(target) + "' is an illegal expression for augmented assignment");
        }
    }

    private static boolean isSingle(Expr target) {
        return target instanceof Identifier || target instanceof IndexExpr || target instanceof AttrExpr;
    }

    /** What an expression is called in a message about assigning to it. */
    static String describe(Expr expr) {
        if (expr instanceof CallExpr) {
            return "function call";
        } else if (expr instanceof IntLiteral || expr instanceof StringLiteral) {
            return "literal";
        } else if (expr instanceof BoolLiteral bool) {
            return bool.value() ? "True" : "False";
        } else if (expr instanceof NoneLiteral) {
            return "None";
        } else if (expr instanceof FStringExpr) {
            return "f-string expression";
        } else if (expr instanceof CompareExpr) {
            return "comparison";
        } else if (expr instanceof CondExpr) {
            return "conditional expression";
        } else if (expr instanceof LambdaExpr) {
            return "lambda";
        } else if (expr instanceof SliceExpr) {
            return "slice";
        } else if (expr instanceof TupleExpr) {
            return "tuple";
        } else if (expr instanceof ListExpr) {
            return "list";
        } else if (expr instanceof SetExpr) {
            return "set display";
        } else if (expr instanceof DictExpr) {
            return "dict literal";
        } else if (expr instanceof OneOfExpr) {
            return "oneof";
        } else if (expr instanceof ComprehensionExpr comp) {
            return switch (comp.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
        }
        return "expression";
    }
}
