package dev.ariadne.lang.resolve;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of one body (an action, a process, a def, a lambda, the initialisation, an
 * invariant...): its local slots, in order, and for a lambda what it captures from the
 * enclosing body. The compiler may add hidden temporaries while it generates code.
 */
public final class FunctionScope {
    public final CodeKind kind;
    public final String name;
    /** The enclosing body, for lambdas; null otherwise. */
    public final FunctionScope parent;
    private final List<String> slotNames = new ArrayList<>();
    private final Map<String, Integer> locals = new HashMap<>();
    private final List<String> capturedNames = new ArrayList<>();
    private final List<Binding> capturedFrom = new ArrayList<>();
    /** The first slots are the parameters (an action's binders, a def's or lambda's parameters). */
    public int nparams;
    /** A process's instance parameter slot, or -1. */
    public int selfSlot = -1;
    /** A process's {@code var}s, in declaration order, and their slots. */
    public final List<String> varNames = new ArrayList<>();
    public final List<Integer> varSlots = new ArrayList<>();

    FunctionScope(CodeKind kind, String name, FunctionScope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
    }

    /** The slot of a named local, or -1. */
    public int local(String name) {
        Integer s = locals.get(name);
        return s == null ? -1 : s;
    }

    /** Declares a named local (once); returns its slot. */
    int declare(String name) {
        Integer s = locals.get(name);
        if (s != null) {
            return s;
        }
        int slot = slotNames.size();
        slotNames.add(name);
        locals.put(name, slot);
        return slot;
    }

    /** A fresh slot that no name refers to (comprehension variables, compiler scratch). */
    public int newTemp(String hint) {
        slotNames.add(hint);
        return slotNames.size() - 1;
    }

    /** The capture index of a name this lambda takes from its parent, adding it if new. */
    int capture(String name, Binding outer) {
        int i = capturedNames.indexOf(name);
        if (i >= 0) {
            return i;
        }
        capturedNames.add(name);
        capturedFrom.add(outer);
        return capturedNames.size() - 1;
    }

    public String[] slotNames() {
        return slotNames.toArray(new String[0]);
    }

    /** What the lambda's captures are bound to in its parent, in capture order. */
    public List<Binding> capturedFrom() {
        return capturedFrom;
    }
}
