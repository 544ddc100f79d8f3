package dev.ariadne.lang.syntax;

/** An operation on every kind of declaration, one method per node type. */
public interface DeclVisitor<R> {
    R visitConstDecl(ConstDecl decl);

    R visitVarDecl(VarDecl decl);

    R visitInitDecl(InitDecl decl);

    R visitDefDecl(DefDecl decl);

    R visitActionDecl(ActionDecl decl);

    R visitProcessDecl(ProcessDecl decl);

    R visitInvariantDecl(InvariantDecl decl);

    R visitConstraintDecl(ConstraintDecl decl);

    R visitPropertyDecl(PropertyDecl decl);
}
