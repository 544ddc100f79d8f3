package dev.ariadne.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

/** Shortcuts for parser tests: parse a snippet, print its tree, list its error messages. */
final class ParserTestSupport {
    private ParserTestSupport() {
    }

    static ParseResult parse(String text) {
        return Parser.parseFile(new SourceFile("test.ari", text));
    }

    /** The tree of a valid file, printed. */
    static String tree(String text) {
        ParseResult result = parse(text);
        assertEquals(List.of(), messages(result.errors()), "errors in:\n" + text);
        return AstPrinter.print(result.file());
    }

    /** The statements of an {@code init} block holding {@code body} (one line per statement), printed. */
    static String stmts(String body) {
        String indented = body.lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
        String printed = tree("init:\n" + indented + "\n");
        return printed.substring("(init [".length(), printed.length() - "])".length());
    }

    /** A lone expression, printed. */
    static String expr(String text) {
        ExpressionResult result = Parser.parseExpression(new SourceFile("expr", text));
        assertEquals(List.of(), messages(result.errors()), "errors in: " + text);
        return AstPrinter.print(result.expr());
    }

    /** The error messages of a file, in offset order. */
    static List<String> errors(String text) {
        return messages(parse(text).errors());
    }

    /** The errors of a file as {@code line: message}. */
    static List<String> errorLines(String text) {
        SourceFile file = new SourceFile("test.ari", text);
        return Parser.parseFile(file).errors().stream()
                .map(d -> file.line(d.offset()) + ": " + d.message())
                .collect(Collectors.toList());
    }

    static List<String> messages(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::message).collect(Collectors.toList());
    }
}
