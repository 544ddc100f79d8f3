/**
 * The syntax front end of the model language: {@link dev.ariadne.lang.syntax.Lexer},
 * {@link dev.ariadne.lang.syntax.Parser}, one record per AST node, and the
 * {@link dev.ariadne.lang.syntax.SourceFile} that turns offsets into locations.
 *
 * <p>Every node keeps an {@code int offset} into its source file, the place an error about
 * it should point to; offsets become {@code file:line:col} only when a message is printed.
 */
package dev.ariadne.lang.syntax;
