package dev.ariadne.lang.syntax;

import java.util.List;

/**
 * An atomic step: {@code [fair|fair+] action Name:} or {@code action Name(x in S, y in T):}.
 *
 * @param offset the offset of 'action', or of 'fair' when there is one
 * @param name   the action
 * @param params its parameters with their domains (empty without parentheses)
 * @param body   its statements
 * @param fairness {@code fair} (weak) or {@code fair+} (strong) for each instance, or none
 */
public record ActionDecl(int offset, Identifier name, List<Binder> params, List<Stmt> body,
                        Fairness fairness) implements Decl {
    public ActionDecl {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    @Override
    public <R> R accept(DeclVisitor<R> visitor) {
        return visitor.visitActionDecl(this);
    }
}
