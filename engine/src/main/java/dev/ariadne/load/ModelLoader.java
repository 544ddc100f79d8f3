package dev.ariadne.load;

import dev.ariadne.lang.compile.Compiler;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.resolve.Resolution;
import dev.ariadne.lang.resolve.Resolver;
import dev.ariadne.lang.resolve.SymmetryCheck;
import dev.ariadne.lang.syntax.ConstDecl;
import dev.ariadne.lang.syntax.Decl;
import dev.ariadne.lang.syntax.Diagnostic;
import dev.ariadne.lang.syntax.Expr;
import dev.ariadne.lang.syntax.ExpressionResult;
import dev.ariadne.lang.syntax.ParseResult;
import dev.ariadne.lang.syntax.Parser;
import dev.ariadne.lang.syntax.SourceFile;
import dev.ariadne.vm.EvalError;
import dev.ariadne.vm.Loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Takes a model from its text to a loaded {@link Program}: parse, resolve, compile, load. */
public final class ModelLoader {
    private ModelLoader() {
    }

    /** Reads and loads a model file; {@code consts} maps constant names to override expressions. */
    public static Program load(Path path, Map<String, String> consts) throws ModelException {
        return load(path.toString(), readText(path), consts);
    }

    /** A model file's text, or a {@link ModelException} (UNREADABLE) that says why it cannot be read. */
    public static String readText(Path path) throws ModelException {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ModelException(ModelException.Kind.UNREADABLE,
                    List.of("cannot read '" + path + "': " + describe(e)));
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.charset.MalformedInputException) {
            return "it is not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public static Program load(String fileName, String text, Map<String, String> consts) throws ModelException {
        try {
            return loadText(fileName, text, consts);
        } catch (StackOverflowError e) {
            // The parser limits nesting; this catches what is deep another way, such as a chain of
            // 100,000 '+' (one line of the tree per operator), which the resolver and compiler recurse on.
            throw new ModelException(ModelException.Kind.STATIC, List.of(fileName + ": the model is nested too "
                    + "deeply to compile (an expression or a chain of operators far longer than a model needs)"));
        }
    }

    private static Program loadText(String fileName, String text, Map<String, String> consts) throws ModelException {
        SourceFile source = new SourceFile(fileName, text);
        ParseResult parsed = Parser.parseFile(source);
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : parsed.errors()) {
            errors.add(d.format(source));
        }
        Map<String, Expr> overrides = new LinkedHashMap<>();
        Map<String, SourceFile> overrideSources = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        for (Decl d : parsed.file().decls()) {
            if (d instanceof ConstDecl c) {
                known.add(c.name().name());
            }
        }
        for (Map.Entry<String, String> e : consts.entrySet()) {
            SourceFile os = new SourceFile("--const " + e.getKey(), e.getValue());
            if (!known.contains(e.getKey())) {
                errors.add("--const " + e.getKey() + ": unknown constant '" + e.getKey() + "' ("
                        + (known.isEmpty() ? "the model declares no constants" : "the model's constants are "
                        + String.join(", ", known)) + ")");
                continue;
            }
            ExpressionResult r = Parser.parseExpression(os);
            for (Diagnostic d : r.errors()) {
                errors.add(d.format(os));
            }
            if (r.expr() != null && r.ok()) {
                overrides.put(e.getKey(), r.expr());
                overrideSources.put(e.getKey(), os);
            }
        }
        if (!errors.isEmpty()) {
            throw new ModelException(ModelException.Kind.STATIC, errors);
        }
        Resolution res = Resolver.resolve(parsed.file(), overrides);
        for (Diagnostic d : res.errors) {
            errors.add(d.format(source));
        }
        for (Map.Entry<String, List<Diagnostic>> e : res.overrideErrors.entrySet()) {
            for (Diagnostic d : e.getValue()) {
                errors.add(d.format(overrideSources.get(e.getKey())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ModelException(ModelException.Kind.STATIC, errors);
        }
        for (Diagnostic d : SymmetryCheck.check(parsed.file(), res, overrides)) {
            errors.add(d.format(source));
        }
        if (!errors.isEmpty()) {
            throw new ModelException(ModelException.Kind.STATIC, errors);
        }
        Program p = Compiler.compile(parsed.file(), res, overrides, new LinkedHashMap<>(consts));
        try {
            return Loader.load(p);
        } catch (EvalError e) {
            throw new ModelException(ModelException.Kind.LOAD, List.of(loadError(e, overrideSources)));
        }
    }

    /**
     * A constant that failed: where, as static errors are shown. The offsets of an overridden
     * constant's own expression are in the {@code --const} text, so that text is shown instead
     * of the file; a failure inside a def it called is in the file, named with the option.
     */
    private static String loadError(EvalError e, Map<String, SourceFile> overrideSources) {
        SourceFile option = e.constant() == null ? null : overrideSources.get(e.constant());
        if (option == null) {
            return e.location() + ": " + e.getMessage() + " (while evaluating the constants)";
        }
        if (e.atTopLevel()) {
            return new Diagnostic(e.offset(), e.getMessage()).format(option);
        }
        return e.location() + ": " + e.getMessage() + " (while evaluating " + option.name() + "="
                + option.text() + ")";
    }
}
