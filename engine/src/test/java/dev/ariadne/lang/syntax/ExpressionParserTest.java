package dev.ariadne.lang.syntax;

import static dev.ariadne.lang.syntax.ParserTestSupport.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionParserTest {

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        assertEquals("(neg (** 2 2))", expr("-2**2"));
    }

    @Test
    void powerAcceptsUnaryOperandOnItsRight() {
        assertEquals("(** 2 (neg 1))", expr("2**-1"));
    }

    @Test
    void powerIsRightAssociative() {
        assertEquals("(** 2 (** 3 2))", expr("2**3**2"));
    }

    @Test
    void arithmeticPrecedenceAndLeftAssociativity() {
        assertEquals("(+ 1 (* 2 3))", expr("1 + 2 * 3"));
        assertEquals("(- (- 1 2) 3)", expr("1 - 2 - 3"));
        assertEquals("(% (// (* a b) c) d)", expr("a * b // c % d"));
        assertEquals("(* (+ 1 2) 3)", expr("(1 + 2) * 3"));
    }

    @Test
    void unaryOperatorsNest() {
        assertEquals("(neg (pos (invert x)))", expr("-+~x"));
        assertEquals("(+ (neg a) b)", expr("-a + b"));
    }

    @Test
    void bitwiseOperatorsFollowPythonPrecedence() {
        assertEquals("(| a (^ b (& c (+ d e))))", expr("a | b ^ c & d + e"));
        assertEquals("(| (| a b) c)", expr("a | b | c"));
    }

    @Test
    void comparisonsBindLooserThanBitwiseOr() {
        assertEquals("(<= (| a b) c)", expr("a | b <= c"));
    }

    @Test
    void chainedComparisonKeepsTheWholeChain() {
        assertEquals("(chain a < b < c)", expr("a < b < c"));
        assertEquals("(chain 1 <= x != y in s)", expr("1 <= x != y in s"));
    }

    @Test
    void twoWordComparisonOperators() {
        assertEquals("(not in x s)", expr("x not in s"));
        assertEquals("(is not x None)", expr("x is not None"));
        assertEquals("(is x None)", expr("x is None"));
        assertEquals("(not (in x s))", expr("not x in s"));
    }

    @Test
    void booleanOperatorsPrecedence() {
        assertEquals("(or a (and b (not c)))", expr("a or b and not c"));
        assertEquals("(or (or a b) c)", expr("a or b or c"));
        assertEquals("(not (== a b))", expr("not a == b"));
    }

    @Test
    void conditionalExpressionIsBelowOr() {
        assertEquals("(if c x y)", expr("x if c else y"));
        assertEquals("(if (or c d) (or a b) y)", expr("a or b if c or d else y"));
        assertEquals("(if c1 x (if c2 y z))", expr("x if c1 else y if c2 else z"));
    }

    @Test
    void lambdaIsTheLowestPrecedence() {
        assertEquals("(lambda (x y=1) (if c x y))", expr("lambda x, y=1: x if c else y"));
        assertEquals("(lambda () 0)", expr("lambda: 0"));
        assertEquals("(call f (lambda (a) (+ a 1)) 2)", expr("f(lambda a: a + 1, 2)"));
    }

    @Test
    void callsWithPositionalAndKeywordArguments() {
        assertEquals("(call f)", expr("f()"));
        assertEquals("(call f 1 x=2 y=3)", expr("f(1, x=2, y=3,)"));
        assertEquals("(call (call f 1) 2)", expr("f(1)(2)"));
    }

    @Test
    void generatorAsSoleArgument() {
        assertEquals("(call any (genexp (> x 0) (for x xs)))", expr("any(x > 0 for x in xs)"));
    }

    @Test
    void subscriptsSlicesAndAttributes() {
        assertEquals("(index d (tuple 1 2))", expr("d[1, 2]"));
        assertEquals("(index a i)", expr("a[i]"));
        assertEquals("(slice a 1 _ _)", expr("a[1:]"));
        assertEquals("(slice a _ _ (neg 1))", expr("a[::-1]"));
        assertEquals("(slice a lo hi 2)", expr("a[lo:hi:2]"));
        assertEquals("(slice a _ 3 _)", expr("a[:3]"));
        assertEquals("(call (. (index (. r xs) 0) append) 1)", expr("r.xs[0].append(1)"));
    }

    @Test
    void tuplesAndDisplays() {
        assertEquals("(tuple)", expr("()"));
        assertEquals("(tuple 1)", expr("(1,)"));
        assertEquals("1", expr("(1)"));
        assertEquals("(tuple 1 2)", expr("(1, 2,)"));
        assertEquals("(tuple 1 2)", expr("1, 2"));
        assertEquals("(list)", expr("[]"));
        assertEquals("(list 1 (list 2) 3)", expr("[1, [2], 3,]"));
        assertEquals("(dict)", expr("{}"));
        assertEquals("(dict (: 1 \"a\") (: 2 \"b\"))", expr("{1: 'a', 2: 'b',}"));
        assertEquals("(set 1 2)", expr("{1, 2}"));
    }

    @Test
    void comprehensions() {
        assertEquals("(listcomp (* x 2) (for x xs) (if (> x 0)))", expr("[x * 2 for x in xs if x > 0]"));
        assertEquals("(setcomp x (for x xs))", expr("{x for x in xs}"));
        assertEquals("(dictcomp k v (for (tuple k v) (call items)))", expr("{k: v for k, v in items()}"));
        assertEquals("(genexp x (for x xs))", expr("(x for x in xs)"));
        assertEquals("(listcomp (tuple x y) (for x a) (if (> x 0)) (for y b) (if (< y x)) (if (!= y 2)))",
                expr("[(x, y) for x in a if x > 0 for y in b if y < x if y != 2]"));
    }

    @Test
    void comprehensionElementMayBeConditional() {
        assertEquals("(listcomp (if c a b) (for x xs))", expr("[a if c else b for x in xs]"));
    }

    @Test
    void oneOfIsAnExpression() {
        assertEquals("(+ (oneof xs) 1)", expr("oneof(xs) + 1"));
        assertEquals("(oneof (call range 3))", expr("oneof(range(3),)"));
    }

    @Test
    void literals() {
        assertEquals("(tuple True False None 42 \"s\")", expr("True, False, None, 42, 's'"));
    }

    @Test
    void adjacentStringsAreConcatenated() {
        assertEquals("\"abcd\"", expr("'ab' \"c\" '''d'''"));
    }

    @Test
    void smallestLongIsAcceptedAfterMinus() {
        assertEquals(Long.toString(Long.MIN_VALUE), expr("-9223372036854775808"));
        assertEquals("(neg 9223372036854775807)", expr("-9223372036854775807"));
    }

    @Test
    void fstrings() {
        assertEquals("(fstring \"x = \" (format x) \"!\")", expr("f'x = {x}!'"));
        assertEquals("(fstring (format x !r) \" \" (format n :\"3\"))", expr("f\"{x!r} {n:3}\""));
        assertEquals("(fstring \"{\" (format (+ a 1)) \"}\")", expr("f'{{{a + 1}}}'"));
        assertEquals("(fstring \"a\" (format (index d \"k\")) \"b\")", expr("'a' f\"{d['k']}\" 'b'"));
    }

    @Test
    void fstringWithoutFieldsIsAString() {
        assertEquals("\"{x}\"", expr("f'{{x}}'"));
    }

    @Test
    void fstringFieldOffsetsPointIntoTheFile() {
        ExpressionResult result = Parser.parseExpression(new SourceFile("e", "f'ab{x + y}'"));
        FStringExpr fstring = assertInstanceOf(FStringExpr.class, result.expr());
        FormattedValue value = assertInstanceOf(FormattedValue.class, fstring.parts().get(1));
        assertEquals(4, value.offset());
        assertEquals(7, value.value().offset());
    }

    @Test
    void nodeOffsetsFollowTheirDocumentation() {
        String text = "f(a)[i].b + -c";
        BinaryExpr sum = assertInstanceOf(BinaryExpr.class, Parser.parseExpression(new SourceFile("e", text)).expr());
        assertEquals(text.indexOf('+'), sum.offset());
        AttrExpr attr = assertInstanceOf(AttrExpr.class, sum.left());
        assertEquals(text.indexOf('.'), attr.offset());
        IndexExpr index = assertInstanceOf(IndexExpr.class, attr.target());
        assertEquals(text.indexOf('['), index.offset());
        CallExpr call = assertInstanceOf(CallExpr.class, index.target());
        assertEquals(text.indexOf('('), call.offset());
        assertEquals(text.indexOf('-'), sum.right().offset());
    }

    @Test
    void compareExprOffsetIsItsFirstOperator() {
        String text = "a  < b <= c";
        CompareExpr cmp = assertInstanceOf(CompareExpr.class, Parser.parseExpression(new SourceFile("e", text)).expr());
        assertEquals(3, cmp.offset());
        assertEquals(List.of(CompareOp.LT, CompareOp.LE), cmp.rest().stream().map(Comparison::op).toList());
    }

    @Test
    void expressionMayContinueOverLines() {
        assertEquals("(+ 1 2)", expr("1 +\n 2"));
    }

    @Test
    void expressionErrors() {
        assertEquals(List.of("unexpected '2'"), ParserTestSupport.messages(
                Parser.parseExpression(new SourceFile("e", "1 2")).errors()));
        assertEquals(List.of("expected an expression"), ParserTestSupport.messages(
                Parser.parseExpression(new SourceFile("e", "  ")).errors()));
        assertEquals(List.of("expected an expression, found end of file"), ParserTestSupport.messages(
                Parser.parseExpression(new SourceFile("e", "1 +")).errors()));
    }
}
