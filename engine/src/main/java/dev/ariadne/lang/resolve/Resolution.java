package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.DefDecl;
import dev.ariadne.lang.syntax.Diagnostic;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.Node;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the resolver found: the binding of every identifier, the scope of every body,
 * the top-level tables in declaration order, every process's labels, and the errors.
 */
public final class Resolution {
    private final IdentityHashMap<Identifier, Binding> bindings;
    private final IdentityHashMap<Node, FunctionScope> scopes;
    private final IdentityHashMap<Node, Map<String, LabelData>> processLabels;
    private final IdentityHashMap<AttrExpr, Integer> processVarReads;
    public final List<String> globals;
    public final List<String> consts;
    public final List<String> defs;
    public final List<Diagnostic> errors;
    /** Errors in {@code --const} expressions, by constant name (their offsets are in the override's text). */
    public final Map<String, List<Diagnostic>> overrideErrors;
    /** The scope of the initialisation (var initialisers, init block, process domains). */
    public final FunctionScope init;

    Resolution(IdentityHashMap<Identifier, Binding> bindings, IdentityHashMap<Node, FunctionScope> scopes,
               IdentityHashMap<Node, Map<String, LabelData>> processLabels,
               IdentityHashMap<AttrExpr, Integer> processVarReads, List<String> globals,
               List<String> consts, List<String> defs, List<Diagnostic> errors,
               Map<String, List<Diagnostic>> overrideErrors, FunctionScope init, DefDecl[] procedures) {
        this.procedures = procedures;
        this.bindings = bindings;
        this.scopes = scopes;
        this.processLabels = processLabels;
        this.processVarReads = processVarReads;
        this.globals = List.copyOf(globals);
        this.consts = List.copyOf(consts);
        this.defs = List.copyOf(defs);
        this.errors = List.copyOf(errors);
        this.overrideErrors = Map.copyOf(overrideErrors);
        this.init = init;
    }

    public Binding binding(Identifier id) {
        Binding b = bindings.get(id);
        if (b == null) {
            throw new IllegalStateException("unresolved identifier '" + id.name() + "' at " + id.offset());
        }
        return b;
    }

    /** The binding of an identifier, or null when it has none (an identifier the resolver did not see). */
    public Binding bindingOrNull(Identifier id) {
        return bindings.get(id);
    }

    /** The scope of a body: a declaration, a lambda, or (for def defaults) the DefDecl's params list. */
    public FunctionScope scope(Node body) {
        return scopes.get(body);
    }

    /** A process's or a procedure's labels by name, in index order. */
    public Map<String, LabelData> labels(Node p) {
        return processLabels.get(p);
    }

    /** The procedures (defs that hold labels), by def number; null for an ordinary def. */
    public final DefDecl[] procedures;

    /**
     * For a read {@code P.x} / {@code P[i].x} of a process variable: the index of {@code x}
     * among the process's vars (the process is the binding of {@code P}); -1 for any
     * other attribute.
     */
    public int processVar(AttrExpr e) {
        Integer k = processVarReads.get(e);
        return k == null ? -1 : k;
    }

    public boolean ok() {
        return errors.isEmpty() && overrideErrors.values().stream().allMatch(List::isEmpty);
    }
}
