package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * What parsing a model file gives: the syntax tree, complete as far as it could be read, and
 * every lexical and syntax error, sorted by offset.
 *
 * @param file   the model; when there are errors it lacks the pieces that could not be parsed
 * @param errors the errors, sorted by offset (empty for a valid file)
 */
public record ParseResult(ModelFile file, List<Diagnostic> errors) {
    public ParseResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
