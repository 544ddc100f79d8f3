package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * A concurrent process: {@code [fair|fair+] process Name:} or {@code process Name(self in S):}.
 *
 * @param offset the offset of 'process', or of 'fair' when there is one
 * @param fairness {@code fair} (weak) or {@code fair+} (strong), or none
 * @param name   the process
 * @param param  its parameter and the set of instances, or null for a single instance
 * @param body   its statements
 */
public record ProcessDecl(int offset, Fairness fairness, Identifier name, Binder param, List<Stmt> body) implements Decl {
    public ProcessDecl {
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitProcessDecl(this);
    }
}
