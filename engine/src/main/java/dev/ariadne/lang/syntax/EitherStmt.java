package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A nondeterministic choice: {@code either:} then one or more {@code or:} blocks, one successor per branch.
 *
 * @param offset   the offset of 'either'
 * @param branches the blocks in order, the {@code either} one first (at least two)
 */
public record EitherStmt(int offset, List<List<Stmt>> branches) implements Stmt {
    public EitherStmt {
        branches = branches.stream().map(List::copyOf).toList();
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitEitherStmt(this);
    }
}
