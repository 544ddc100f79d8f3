package dev.ariadne.lang.syntax;

import static dev.ariadne.lang.syntax.ParserTestSupport.errorLines;
import static dev.ariadne.lang.syntax.ParserTestSupport.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserErrorTest {

    @Test
    void slashIsReportedAndParsedAsFloorDivision() {
        ParseResult result = ParserTestSupport.parse("init:\n    x = 7 / 2\n");
        assertEquals(List.of("'/' is not supported: use '//' (models use integers)"),
                ParserTestSupport.messages(result.errors()));
        assertEquals("(init [(= (x) (// 7 2))])", AstPrinter.print(result.file()));
        assertEquals(List.of("'/=' is not supported: use '//=' (models use integers)"), errors("init:\n    x /= 2\n"));
    }

    @Test
    void invalidAssignmentTargets() {
        assertEquals(List.of("cannot assign to function call"), errors("init:\n    f() = 1\n"));
        assertEquals(List.of("cannot assign to literal"), errors("init:\n    1 = x\n"));
        assertEquals(List.of("cannot assign to comparison"), errors("init:\n    a < b = 1\n"));
        assertEquals(List.of("cannot assign to expression"), errors("init:\n    a + b = 1\n"));
        assertEquals(List.of("cannot assign to function call"), errors("init:\n    a, f() = 1, 2\n"));
        assertEquals(List.of("cannot assign to slice"), errors("init:\n    a[1:2] = []\n"));
        assertEquals(List.of("cannot assign to None"), errors("init:\n    None = 1\n"));
        assertEquals(List.of("'tuple' is an illegal expression for augmented assignment"),
                errors("init:\n    a, b += 1\n"));
        assertEquals(List.of("cannot assign to function call"), errors("init:\n    for f() in xs:\n        pass\n"));
    }

    @Test
    void nestedDefIsRejectedOnce() {
        assertEquals(List.of("2: 'def' is only allowed at top level"),
                errorLines("def f():\n    def g():\n        return 1\n    return 2\n"));
    }

    @Test
    void otherDeclarationsInsideBlocksAreRejected() {
        assertEquals(List.of("2: 'action' is only allowed at top level", "4: 'const' is only allowed at top level"),
                errorLines("init:\n    action A:\n        pass\n    const X = 1\n"));
    }

    @Test
    void statementAtTopLevel() {
        assertEquals(List.of("expected a declaration, found 'x'"), errors("x = 1\n"));
        assertEquals(List.of("expected a declaration, found 'if'"), errors("if x:\n    y = 1\n"));
        assertEquals(List.of("'import' is not supported"), errors("import os\n"));
    }

    @Test
    void missingColons() {
        assertEquals(List.of("expected ':' after the condition of 'if'"), errors("init:\n    if x\n        pass\n"));
        assertEquals(List.of("expected ':' after the condition of 'while'"), errors("init:\n    while x pass\n"));
        assertEquals(List.of("expected ':' after 'action A'"), errors("action A\n    pass\n"));
    }

    @Test
    void headerErrorKeepsTheElseBranch() {
        assertEquals(List.of("2: expected ':' after the condition of 'if'", "5: cannot assign to literal"),
                errorLines("init:\n    if x 1:\n        pass\n    else:\n        2 = y\n"));
    }

    @Test
    void tlaHabitsAreReportedOnceAndReadTheAriadneWay() {
        assertEquals(List.of("'=' assigns: compare with '=='"), errors("init:\n    if x = 1:\n        pass\n"));
        assertEquals(List.of("'\\in' is TLA+: write 'in'", "'/\\' is TLA+'s conjunction: write 'and'",
                "'\\/' is TLA+'s disjunction: write 'or'"), errors("invariant I: x \\in S /\\ y \\/ z\n"));
        assertEquals(List.of("'1..N' is TLA+: write range(1, N + 1) (a range excludes its end)"),
                errors("action A(i in 1..N):\n    pass\n"));
        assertEquals(List.of("'<<a, b + 1>>' is a TLA+ tuple: write (a, b + 1)"), errors("var t = <<a, b + 1>>\n"));
    }

    @Test
    void strayElseAndOr() {
        assertEquals(List.of("unexpected 'else'"), errors("init:\n    x = 1\n    else:\n        pass\n"));
        assertEquals(List.of("unexpected 'or'"), errors("init:\n    or:\n        pass\n"));
    }

    @Test
    void eitherNeedsAnOrBranch() {
        assertEquals(List.of("'either' needs at least one 'or' branch"), errors("init:\n    either:\n        pass\n"));
    }

    @Test
    void elseAfterLoop() {
        assertEquals(List.of("'else' after a loop is not supported"),
                errors("init:\n    while x:\n        pass\n    else:\n        pass\n"));
    }

    @Test
    void missingIndentedBlock() {
        assertEquals(List.of("3: expected an indented block after 'if'"), errorLines("init:\n    if x:\n    y = 1\n"));
        assertEquals(List.of("2: expected an indented block after 'init'"), errorLines("init:\nvar x = 1\n"));
    }

    @Test
    void unexpectedIndentKeepsTheStatements() {
        ParseResult result = ParserTestSupport.parse("init:\n    x = 1\n        y = 2\n    z = 3\n");
        assertEquals(List.of("unexpected indent"), ParserTestSupport.messages(result.errors()));
        assertEquals("(init [(= (x) 1) (= (y) 2) (= (z) 3)])", AstPrinter.print(result.file()));
    }

    @Test
    void unexpectedIndentAtTopLevel() {
        assertEquals(List.of("1: unexpected indent", "3: unexpected 'y'"),
                errorLines("  const X = 1\n  var y = 2\n  var z = 3 y\n"));
    }

    @Test
    void threeIndependentMistakesGiveThreeErrors() {
        String text = """
                init:
                    x = (1 +)
                    y = 2

                action A:
                    if y > 1
                        y = 0

                def f(a, b):
                    return a +* b
                """;
        assertEquals(List.of("2: expected an expression, found ')'", "6: expected ':' after the condition of 'if'",
                "10: expected an expression, found '*'"), errorLines(text));
    }

    @Test
    void errorInOneLineSuiteDoesNotLoseTheElse() {
        assertEquals(List.of("2: expected an expression, found end of line"),
                errorLines("init:\n    if x: y =\n    else: y = 2\n"));
    }

    @Test
    void unclosedBracketSilencesTheRestOfTheFile() {
        assertEquals(List.of("2: '(' was never closed"), errorLines("init:\n    x = (1 +\n    y = 2\n"));
    }

    @Test
    void lexicalErrorsAreNotReportedTwice() {
        assertEquals(List.of("unexpected character '$'"), errors("init:\n    x = $\n"));
        assertEquals(List.of("closing ']' does not match opening '('"), errors("init:\n    x = (1]\n"));
        assertEquals(List.of("unmatched ')'"), errors("init:\n    x = 1)\n"));
        assertEquals(List.of("unterminated string"), errors("init:\n    x = 'abc\n    y = 2\n"));
    }

    @Test
    void tooLargeIntegerWithoutMinus() {
        assertEquals(List.of("integer literal '9223372036854775808' is too large"),
                errors("init:\n    x = 9223372036854775808\n"));
        assertEquals(List.of("integer literal '9223372036854775808' is too large"),
                errors("init:\n    x = -9223372036854775808 ** 1\n"));
    }

    @Test
    void callArgumentErrors() {
        assertEquals(List.of("positional argument follows keyword argument"), errors("init:\n    f(a=1, 2)\n"));
        assertEquals(List.of("a generator expression must be parenthesized unless it is the sole argument"),
                errors("init:\n    f(x for x in xs, 1)\n"));
        assertEquals(List.of("a generator expression must be parenthesized unless it is the sole argument"),
                errors("init:\n    f(1, x for x in xs)\n"));
    }

    @Test
    void parameterErrors() {
        assertEquals(List.of("parameter 'b' without a default follows a parameter with one"),
                errors("def f(a=1, b):\n    pass\n"));
        assertEquals(List.of("a process takes at most one parameter"),
                errors("process P(a in S, b in S):\n    label L\n"));
        assertEquals(List.of("expected 'in' after parameter 'x'"), errors("action A(x):\n    pass\n"));
    }

    @Test
    void propertyErrors() {
        assertEquals(List.of("expected 'always', 'eventually' or 'P leads_to Q' as a property's formula"),
                errors("property P: x > 0\n"));
        assertEquals(List.of("'leads_to' takes state predicates on both sides: write 'P leads_to Q' without 'always'"
                + " or 'eventually' before it"), errors("property P: always x leads_to y\n"));
        assertEquals(List.of("a property takes at most one parameter"),
                errors("property P(a in S, b in S): eventually a\n"));
        assertEquals(List.of("a property holds a single formula"),
                errors("property P:\n    always x\n    always y\n"));
    }

    @Test
    void fairNeedsProcessOrAction() {
        assertEquals(List.of("'fair' applies to a process or an action: expected 'process' or 'action' after 'fair',"
                + " found 'def'"), errors("fair def f():\n    pass\n"));
        assertEquals(List.of("'fair+' applies to a process or an action: expected 'process' or 'action' after"
                + " 'fair+', found 'invariant'"), errors("fair+ invariant I: True\n"));
    }

    @Test
    void unsupportedPythonStatementsAreNamed() {
        assertEquals(List.of("'raise' is not supported"), errors("init:\n    raise ValueError('x')\n"));
        assertEquals(List.of("'try' is not supported"), errors("init:\n    try:\n        pass\n"));
    }

    @Test
    void shiftsAreNotSupported() {
        assertEquals(List.of("'<<' is not supported"), errors("init:\n    x = 1 << 2\n"));
    }

    @Test
    void fstringFieldSyntaxErrorsPointIntoTheField() {
        assertEquals(List.of("2: expected an expression, found end of file"), errorLines("init:\n    s = f'{x +}'\n"));
    }

    @Test
    void keywordIsNotAName() {
        assertEquals(List.of("expected an expression, found 'in'"), errors("init:\n    in = 1\n"));
        assertEquals(List.of("expected an attribute name after '.'"), errors("init:\n    x = a.if\n"));
    }

    @Test
    void errorsAreSortedByOffset() {
        String text = "init:\n    x = 'unterminated\n    y = 1 +\n";
        List<Diagnostic> found = ParserTestSupport.parse(text).errors();
        assertEquals(2, found.size());
        assertEquals(true, found.get(0).offset() < found.get(1).offset());
    }

    @Test
    void tabMixedWithSpacesIsOneError() {
        assertEquals(List.of("3: tab in indentation"), errorLines("init:\n    x = 1\n\ty = 2\n    z = 3\n"));
    }

    @Test
    void missingBlockAtEndOfFileIsBlamedOnTheHeader() {
        assertEquals(List.of("2: expected an indented block after 'if'"), errorLines("init:\n    if x:\n"));
    }
}
