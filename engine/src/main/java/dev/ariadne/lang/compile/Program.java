package dev.ariadne.lang.compile;

import dev.ariadne.lang.syntax.SourceFile;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.SymV;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled model: its code, literals and declarations, and (once loaded) the values of
 * its constants. Immutable: the compiler makes it without values, and the loader
 * (dev.ariadne.vm.Loader) makes the loaded program of the same {@link #hash()} with
 * {@link #withValues}. The hash identifies it: a snapshot names the program it belongs
 * to, and a worker refuses a snapshot of another program.
 *
 * <p>Step ids: {@code 0 .. actions-1} are the actions in declaration order; an id
 * {@code actions + i} is the step of the i-th process instance of the state.
 */
public final class Program {
    private final SourceFile source;
    private final String hash;
    private final List<Code> code;
    /** Immutable values referenced by {@code LOAD_LIT}, keyword-name tuples and attribute names. */
    private final Value[] literals;
    /** The string literals, interned: the codec writes a string that is one of them as its index. */
    private final StrV[] strings;
    private final Map<String, Integer> stringIndex;
    private final List<String> globalNames;
    private final List<String> constNames;
    private final int[] constCodes;
    private final List<String> defNames;
    private final int[] defCodes;
    /** The code computing each def's default values as a tuple, or -1. */
    private final int[] defDefaults;
    /** Constants ({@code c >= 0}) and defs ({@code -(d + 1)}) in source order: how the loader evaluates them. */
    private final int[] loadOrder;
    private final List<ActionInfo> actions;
    private final List<ProcessInfo> processes;
    private final List<CheckInfo> invariants;
    private final List<CheckInfo> constraints;
    private final List<PropertyInfo> properties;
    private final int initCode;
    /** The {@code --const} overrides the program was compiled with, as written. */
    private final Map<String, String> overrides;

    // What the loader computed (dev.ariadne.vm.Loader); null values and empty tables before loading.
    private final Value[] constValues;
    private final FunctionV[] defValues;
    private final Mutable[] frozen;
    /** The elements of each symmetric set ({@code symmetric(...)} in a constant), in the order they were made. */
    private final SymV[][] symmetricSets;
    private final int onceCount;

    Program(SourceFile source, String hash, List<Code> code, Value[] literals, List<String> globalNames,
            List<String> constNames, int[] constCodes, List<String> defNames, int[] defCodes,
            int[] defDefaults, int[] loadOrder, List<ActionInfo> actions, List<ProcessInfo> processes, List<CheckInfo> invariants,
            List<CheckInfo> constraints, List<PropertyInfo> properties, int initCode, Map<String, String> overrides,
            int onceCount) {
        this.onceCount = onceCount;
        this.source = source;
        this.hash = hash;
        this.code = List.copyOf(code);
        this.literals = literals;
        this.globalNames = List.copyOf(globalNames);
        this.constNames = List.copyOf(constNames);
        this.constCodes = constCodes;
        this.defNames = List.copyOf(defNames);
        this.defCodes = defCodes;
        this.defDefaults = defDefaults;
        this.loadOrder = loadOrder;
        this.actions = List.copyOf(actions);
        this.processes = List.copyOf(processes);
        this.invariants = List.copyOf(invariants);
        this.constraints = List.copyOf(constraints);
        this.properties = List.copyOf(properties);
        this.initCode = initCode;
        this.overrides = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(overrides));
        this.constValues = new Value[constNames.size()];
        this.defValues = new FunctionV[defNames.size()];
        this.frozen = new Mutable[0];
        this.symmetricSets = new SymV[0][];
        this.stringIndex = new HashMap<>();
        int n = 0;
        for (Value v : literals) {
            if (v instanceof StrV) {
                n++;
            }
        }
        this.strings = new StrV[n];
        n = 0;
        for (Value v : literals) {
            if (v instanceof StrV s && !stringIndex.containsKey(s.value)) {
                s.literal = n;
                stringIndex.put(s.value, n);
                strings[n++] = s;
            }
        }
    }

    /** {@code compiled} with the values the loader computed; everything else is shared. */
    private Program(Program compiled, Value[] constValues, FunctionV[] defValues, Mutable[] frozen,
                    SymV[][] symmetricSets) {
        if (constValues.length != compiled.constNames.size() || defValues.length != compiled.defNames.size()) {
            throw new IllegalArgumentException("the values do not fit the program");
        }
        this.source = compiled.source;
        this.hash = compiled.hash;
        this.code = compiled.code;
        this.literals = compiled.literals;
        this.strings = compiled.strings;
        this.stringIndex = compiled.stringIndex;
        this.globalNames = compiled.globalNames;
        this.constNames = compiled.constNames;
        this.constCodes = compiled.constCodes;
        this.defNames = compiled.defNames;
        this.defCodes = compiled.defCodes;
        this.defDefaults = compiled.defDefaults;
        this.loadOrder = compiled.loadOrder;
        this.actions = compiled.actions;
        this.processes = compiled.processes;
        this.invariants = compiled.invariants;
        this.constraints = compiled.constraints;
        this.properties = compiled.properties;
        this.initCode = compiled.initCode;
        this.overrides = compiled.overrides;
        this.onceCount = compiled.onceCount;
        this.constValues = constValues.clone();
        this.defValues = defValues.clone();
        this.frozen = frozen.clone();
        this.symmetricSets = symmetricSets.clone();
    }

    /**
     * This program loaded: the values of its constants and defs, the frozen objects they
     * reach, by index, and the symmetric sets they made. The hash stays: it names what the
     * program was made from, and the values follow from that.
     */
    public Program withValues(Value[] constValues, FunctionV[] defValues, Mutable[] frozen, SymV[][] symmetricSets) {
        return new Program(this, constValues, defValues, frozen, symmetricSets);
    }

    public SourceFile source() {
        return source;
    }

    public String fileName() {
        return source.name();
    }

    /** A hash of everything the program was made from: the compiler version, the source and the constant overrides. */
    public String hash() {
        return hash;
    }

    public Code code(int i) {
        return code.get(i);
    }

    public int codeCount() {
        return code.size();
    }

    public Value literal(int i) {
        return literals[i];
    }

    /** The text of the string literal number {@code i} (the names of attributes and methods in instructions). */
    public String literalText(int i) {
        return ((StrV) literals[i]).value;
    }

    /** The index of a string in the literal table, or -1. */
    public int stringIndex(String s) {
        Integer i = stringIndex.get(s);
        return i == null ? -1 : i;
    }

    public StrV string(int i) {
        return strings[i];
    }

    public int stringCount() {
        return stringIndex.size();
    }

    public List<String> globalNames() {
        return globalNames;
    }

    public List<String> constNames() {
        return constNames;
    }

    public int constCode(int c) {
        return constCodes[c];
    }

    public List<String> defNames() {
        return defNames;
    }

    public int defCode(int d) {
        return defCodes[d];
    }

    /** The code of a def's defaults tuple, or -1 if it has none. */
    public int defDefaultsCode(int d) {
        return defDefaults[d];
    }

    /** Constants ({@code c >= 0}) and defs ({@code -(d + 1)}) in source order. */
    public int[] loadOrder() {
        return loadOrder.clone();
    }

    public List<ActionInfo> actions() {
        return actions;
    }

    public List<ProcessInfo> processes() {
        return processes;
    }

    public List<CheckInfo> invariants() {
        return invariants;
    }

    public List<CheckInfo> constraints() {
        return constraints;
    }

    public List<PropertyInfo> properties() {
        return properties;
    }

    /** The {@code --const} overrides, as written, in the order given. */
    public Map<String, String> overrides() {
        return overrides;
    }

    public int initCode() {
        return initCode;
    }

    /** How many values a machine computes once ({@code ONCE} slots). */
    public int onceCount() {
        return onceCount;
    }

    public Value constValue(int c) {
        return constValues[c];
    }

    public FunctionV defValue(int d) {
        return defValues[d];
    }

    /** The values of the constants, by index (a copy; null before loading). */
    public Value[] constValues() {
        return constValues.clone();
    }

    /** The values of the defs, by index (a copy; null before loading). */
    public FunctionV[] defValues() {
        return defValues.clone();
    }

    /** The frozen object with that index (an object reachable from a constant). */
    public Mutable frozen(int i) {
        return frozen[i];
    }

    public int frozenCount() {
        return frozen.length;
    }

    /** How many symmetric sets the constants made; 0 for a model without symmetry. */
    public int symmetricSetCount() {
        return symmetricSets.length;
    }

    /** The elements of symmetric set {@code g}, by index (shared: do not change). */
    public SymV[] symmetricSet(int g) {
        return symmetricSets[g];
    }
}
