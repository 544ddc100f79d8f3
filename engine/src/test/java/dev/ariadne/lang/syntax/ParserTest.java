package dev.ariadne.lang.syntax;

import static dev.ariadne.lang.syntax.ParserTestSupport.parse;
import static dev.ariadne.lang.syntax.ParserTestSupport.stmts;
import static dev.ariadne.lang.syntax.ParserTestSupport.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    // ---- declarations

    @Test
    void constAndVarDeclarations() {
        assertEquals("(const N 3)\n(var xs (list))\n(var pair (tuple 1 2))",
                tree("const N = 3\nvar xs = []\nvar pair = 1, 2\n"));
    }

    @Test
    void initBlock() {
        assertEquals("(init [(= (x) 1) (assert (== x 1))])", tree("init:\n    x = 1\n    assert x == 1\n"));
    }

    @Test
    void defWithDefaults() {
        assertEquals("(def f (a b=1) [(return (+ a b))])", tree("def f(a, b=1):\n    return a + b\n"));
        assertEquals("(def g () [(return)])", tree("def g(): return\n"));
    }

    @Test
    void actionsWithAndWithoutParameters() {
        assertEquals("(action Tick () [(+= n 1)])", tree("action Tick:\n    n += 1\n"));
        assertEquals("(action Send (m in msgs to in (call range N)) [(pass)])",
                tree("action Send(m in msgs, to in range(N)):\n    pass\n"));
    }

    @Test
    void processesFairOrNot() {
        assertEquals("(process P () [(label A) (goto A)])", tree("process P:\n    label A\n    goto A\n"));
        assertEquals("(fair-process Q (self in (set 1 2)) [(var pc0 0) (label Start)])",
                tree("fair process Q(self in {1, 2}):\n    var pc0 = 0\n    label Start\n"));
        assertEquals("(fair+-process R () [(label Start)])", tree("fair+ process R:\n    label Start\n"));
        assertEquals("(fair-action A (x in S) [(pass)])", tree("fair action A(x in S):\n    pass\n"));
        assertEquals("(fair+-action B () [(pass)])", tree("fair+ action B:\n    pass\n"));
        ProcessDecl fair = assertInstanceOf(ProcessDecl.class, parse("fair process Q:\n    pass\n").file().decls().get(0));
        assertEquals(0, fair.offset());
    }

    @Test
    void invariantSameLineAndSingleExpressionBlockBecomeReturn() {
        assertEquals("(invariant A [(return (<= x 3))])", tree("invariant A: x <= 3\n"));
        assertEquals("(invariant B [(return (and (> x 0) (< x 9)))])",
                tree("invariant B:\n    (x > 0 and\n        x < 9)\n"));
    }

    @Test
    void invariantStatementBlockIsKept() {
        assertEquals("(invariant C [(= (t) (call len xs)) (return (< t 4))])",
                tree("invariant C:\n    t = len(xs)\n    return t < 4\n"));
    }

    @Test
    void constraintHasTheSameForms() {
        assertEquals("(constraint Small [(return (< n 5))])", tree("constraint Small: n < 5\n"));
    }

    @Test
    void propertyModalities() {
        assertEquals("(property P always eventually done)", tree("property P: always eventually done\n"));
        assertEquals("(property Q eventually always (== x 1))", tree("property Q: eventually always x == 1\n"));
        assertEquals("(property R eventually (call done))", tree("property R: eventually done()\n"));
        assertEquals("(property S always (> x 0))", tree("property S:\n    always (x > 0)\n"));
        assertEquals("(property L (> x 0) leads_to (== x 0))", tree("property L: x > 0 leads_to x == 0\n"));
        assertEquals("(property (p in S) Fed always eventually (index fed p))",
                tree("property Fed(p in S): always eventually fed[p]\n"));
    }

    // ---- statements

    @Test
    void chainedAssignmentHasTwoTargets() {
        assertEquals("(= (a b) 0)", stmts("a = b = 0"));
        AssignStmt assign = assertInstanceOf(AssignStmt.class,
                ((InitDecl) parse("init:\n    a = b = 0\n").file().decls().get(0)).body().get(0));
        assertEquals("init:\n    a ".length(), assign.offset());
    }

    @Test
    void unpackingAndSubscriptTargets() {
        assertEquals("(= ((tuple a (tuple b c))) (tuple 1 (tuple 2 3)))", stmts("a, (b, c) = 1, (2, 3)"));
        assertEquals("(= ((list x y)) p)", stmts("[x, y] = p"));
        assertEquals("(= ((index d k) (. r f)) 1)", stmts("d[k] = r.f = 1"));
    }

    @Test
    void augmentedAssignments() {
        assertEquals("(+= x 1) (-= (index d k) 2) (*= (. r n) 3) (//= x 2) (%= x 2) (**= x 2) (|= s t) (&= s t) "
                + "(^= s t)", stmts("x += 1\nd[k] -= 2\nr.n *= 3\nx //= 2\nx %= 2\nx **= 2\ns |= t\ns &= t\ns ^= t"));
    }

    @Test
    void varStatementInsideBlock() {
        assertEquals("(var i 0)", stmts("var i = 0"));
    }

    @Test
    void ifElifElseNests() {
        assertEquals("(if a [(pass)] [(if b [(break)] [(continue)])])",
                stmts("if a:\n    pass\nelif b:\n    break\nelse:\n    continue"));
    }

    @Test
    void simpleStatementsOnTheHeaderLine() {
        assertEquals("(if x [(= (a) 1) (= (b) 2)] []) (while c [(-= n 1)])", stmts("if x: a = 1; b = 2\nwhile c: n -= 1"));
    }

    @Test
    void semicolonsSeparateStatements() {
        assertEquals("(= (a) 1) (= (b) 2) (pass)", stmts("a = 1; b = 2; pass;"));
    }

    @Test
    void loops() {
        assertEquals("(for (tuple k v) (call items) [(pass)])", stmts("for k, v in items():\n    pass"));
        assertEquals("(for x (tuple 1 2 3) [(pass)])", stmts("for x in 1, 2, 3:\n    pass"));
        assertEquals("(while (< i 3) [(+= i 1)])", stmts("while i < 3:\n    i += 1"));
    }

    @Test
    void modellingStatements() {
        assertEquals("(await (> x 0)) (require ok) (label L) (goto Done)",
                stmts("await x > 0\nrequire ok\nlabel L\ngoto Done"));
    }

    @Test
    void eitherWithSeveralOrBranches() {
        assertEquals("(either [(= (x) 1)] [(= (x) 2)] [(= (x) 3) (pass)])",
                stmts("either:\n    x = 1\nor:\n    x = 2\nor:\n    x = 3\n    pass"));
        assertEquals("(either [(= (x) 1)] [(= (x) 2)])", stmts("either: x = 1\nor: x = 2"));
    }

    @Test
    void returnAssertAndExpressionStatements() {
        assertEquals("(return (tuple 1 2)) (return) (assert ok) (assert ok \"msg\") (expr (call print x))",
                stmts("return 1, 2\nreturn\nassert ok\nassert ok, 'msg'\nprint(x)"));
    }

    @Test
    void exprStmtOffsetIsItsFirstToken() {
        Stmt stmt = ((InitDecl) parse("init:\n    a.b(1)\n").file().decls().get(0)).body().get(0);
        assertEquals(10, assertInstanceOf(ExprStmt.class, stmt).offset());
    }

    @Test
    void bareTupleOffsetIsItsFirstItem() {
        Stmt stmt = ((InitDecl) parse("init:\n    x = f(1).a, 2\n").file().decls().get(0)).body().get(0);
        assertEquals(14, assertInstanceOf(AssignStmt.class, stmt).value().offset());
    }

    @Test
    void blockCanContinueAfterNestedBlocks() {
        assertEquals("(if a [(if b [(pass)] [])] []) (= (x) 1)", stmts("if a:\n    if b:\n        pass\nx = 1"));
    }

    @Test
    void dieHardModelParses() {
        String model = """
                # Die Hard
                const SMALL = 3
                const BIG = 5

                var small = 0
                var big = 0

                action FillSmall:
                    small = SMALL

                action SmallToBig:
                    pour = min(small, BIG - big)      # a temporary
                    small -= pour
                    big += pour

                invariant NotSolved:
                    big != 4
                """;
        ParseResult result = parse(model);
        assertEquals(List.of(), result.errors());
        assertEquals(7, result.file().decls().size());
        assertEquals("(invariant NotSolved [(return (!= big 4))])", AstPrinter.print(result.file().decls().get(6)));
    }

    @Test
    void constantValuesFromTheCommandLine() {
        assertEquals("(set 1 2)", ParserTestSupport.expr("{1, 2}"));
        assertEquals("(tuple \"a\" (neg 3))", ParserTestSupport.expr("('a', -3)"));
        assertEquals("(call record x=1)", ParserTestSupport.expr(" record(x=1)  # a comment"));
    }

    @Test
    void nodeListsCannotBeChanged() {
        InitDecl init = (InitDecl) parse("init:\n    pass\n").file().decls().get(0);
        assertThrows(UnsupportedOperationException.class,
                () -> init.body().add(new PassStmt(0)));
        List<Stmt> mine = new ArrayList<>(List.of(new PassStmt(0)));
        WhileStmt loop = new WhileStmt(0, new BoolLiteral(0, true), mine);
        mine.clear();
        assertEquals(1, loop.body().size());
    }

    @Test
    void eitherBranchesAreCopied() {
        List<Stmt> branch = new ArrayList<>(List.of(new PassStmt(0)));
        EitherStmt either = new EitherStmt(0, List.of(branch, List.of()));
        branch.clear();
        assertEquals(1, either.branches().get(0).size());
    }
}
