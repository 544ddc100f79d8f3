package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.ForStmt;

import java.util.List;

/**
 * A process label as the resolver saw it.
 *
 * @param index      its number in the process ({@code LABEL<index>})
 * @param enclosing  the {@code for} loops around it, outermost first: their iterators
 *                   and loop variables survive a pause at this label
 */
public record LabelData(int index, String name, int offset, List<ForStmt> enclosing) {
}
