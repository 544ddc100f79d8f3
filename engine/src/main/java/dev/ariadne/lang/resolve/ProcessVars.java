package dev.ariadne.lang.resolve;

import dev.ariadne.lang.syntax.AttrExpr;
import dev.ariadne.lang.syntax.Identifier;
import dev.ariadne.lang.syntax.IndexExpr;
import dev.ariadne.lang.syntax.ProcessDecl;
import dev.ariadne.lang.syntax.Stmt;
import dev.ariadne.lang.syntax.StringLiteral;
import dev.ariadne.lang.syntax.VarStmt;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code var}s of every process, and the reads of them from outside the process's
 * own names: {@code P.x} for a single instance, {@code P[i].x} for the instance whose
 * {@code self} is {@code i}, so that invariants can speak of what processes hold.
 */
final class ProcessVars {
    /** A process as reads of its variables see it: its number among processes, whether it has instances, its vars. */
    private record Shape(int index, boolean indexed, List<String> vars) {
    }

    private final Resolver r;
    private final Map<String, Shape> byName = new LinkedHashMap<>();
    /** Each read, to the index of the variable among its process's vars. */
    final IdentityHashMap<AttrExpr, Integer> reads = new IdentityHashMap<>();

    ProcessVars(Resolver r) {
        this.r = r;
    }

    /** Records a process declaration (in declaration order, the first of a name only). */
    void declare(ProcessDecl p) {
        List<String> vars = new ArrayList<>();
        for (Stmt s : p.body()) {
            if (!(s instanceof VarStmt v)) {
                break;
            }
            vars.add(v.name().name());
        }
        byName.putIfAbsent(p.name().name(), new Shape(byName.size(), p.param() != null, List.copyOf(vars)));
    }

    /**
     * {@code pc("Name", ...)} with a literal name: an unknown process is a static error
     * that names the declared ones (a misspelling would otherwise fail only at run time).
     */
    boolean isProcess(String name) {
        return byName.containsKey(name);
    }

    java.util.Set<String> names() {
        return byName.keySet();
    }

    void checkPcName(StringLiteral name) {
        if (byName.containsKey(name.value())) {
            return;
        }
        r.error(name.offset(), "no process named '" + name.value() + "' (" + (byName.isEmpty()
                ? "the model declares no process" : "the processes are '" + String.join("', '", byName.keySet()) + "'")
                + ")");
    }

    /** The {@code P} of {@code P.x} or {@code P[i].x} when {@code P} names a process, else null. */
    Identifier processOf(AttrExpr e) {
        Identifier id = e.target() instanceof Identifier i ? i
                : e.target() instanceof IndexExpr x && x.target() instanceof Identifier i ? i : null;
        return id != null && byName.containsKey(id.name()) ? id : null;
    }

    /** Binds the read {@code e} of a variable of process {@code id}, reporting what is wrong with it. */
    void read(AttrExpr e, Identifier id, BodyResolver.Context c) {
        Shape p = byName.get(id.name());
        String name = id.name();
        String var = e.name().name();
        r.bindings.put(id, new Binding(Binding.Kind.PROCESS, p.index()));
        boolean indexed = e.target() instanceof IndexExpr;
        if (p.indexed() && !indexed) {
            r.error(id.offset(), "process '" + name + "' has one instance per element of its set: say which, '"
                    + name + "[i]." + var + "'");
        } else if (!p.indexed() && indexed) {
            r.error(id.offset(), "process '" + name + "' has a single instance: read '" + name + "." + var + "'");
        }
        int k = p.vars().indexOf(var);
        if (k < 0) {
            r.error(e.name().offset(), "process '" + name + "' has no variable '" + var + "'"
                    + (p.vars().isEmpty() ? " (it declares none)" : " (its variables: " + String.join(", ", p.vars()) + ")"));
        }
        if (c.parent == null && c.processPrelude) {
            r.error(id.offset(), "a process var's initialiser runs while the instances are created, before the"
                    + " processes exist: it cannot read '" + name + (indexed ? "[...]." : ".") + var + "'");
        } else if (c.parent == null && (c.loadTime || c.kind() == CodeKind.INIT)) {
            r.error(id.offset(), c.what + " runs before the processes exist: it cannot read '" + name
                    + (indexed ? "[...]." : ".") + var + "'");
        }
        reads.put(e, k);
    }
}
