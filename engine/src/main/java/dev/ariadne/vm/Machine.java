package dev.ariadne.vm;

import dev.ariadne.lang.resolve.CodeKind;
import dev.ariadne.lang.compile.ActionInfo;
import dev.ariadne.lang.resolve.Builtin;
import dev.ariadne.lang.compile.CheckInfo;
import dev.ariadne.lang.compile.Code;
import dev.ariadne.lang.compile.LabelInfo;
import dev.ariadne.lang.compile.ProcessInfo;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.value.BoundMethodV;
import dev.ariadne.value.BuiltinV;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.Order;
import dev.ariadne.value.Repr;
import dev.ariadne.value.StrV;
import dev.ariadne.value.Trail;
import dev.ariadne.value.TupleV;
import dev.ariadne.value.Undoable;
import dev.ariadne.value.Value;
import dev.ariadne.value.Values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the steps of one program from one state at a time: the initialisation, the
 * actions and the process steps, forking at every choice point and reporting each
 * successor to a {@link StepSink}. A machine belongs to one thread.
 *
 * <p>The state is loaded once ({@link #load}) and every step runs on it in place; the
 * {@link Trail} puts it back after each branch, so expanding a state costs one decode
 * and no copies (see docs/design.md).
 */
public final class Machine {
    /** Instructions one branch of a step may execute before it is taken to be looping forever. */
    public static final long DEFAULT_STEP_BUDGET = 10_000_000L;
    private static final int MAX_CALL_DEPTH = 900;
    /** The most elements of one symmetric set: a permutation is an index array, and signatures cost a pass per element. */
    public static final int MAX_SYMMETRIC = 64;
    /** The step id of the initialisation. */
    public static final int INIT_STEP = -1;

    final Program program;
    final Trail trail;
    final long stepBudget;
    private final Interpreter interpreter;
    private Consumer<String> printer = line -> { };
    /** {@code enabled(...)}, made on first use. */
    private Enabledness enabledness;

    // The state: globals in declaration order, process instances in canonical order.
    Value[] globals = new Value[0];
    /** The values of the program's ONCE slots computed so far (OnceValues): the same in every state. */
    final Value[] once;
    private Proc[] procs = new Proc[4];
    private int nprocs;

    // The step being run.
    Frame[] frames = new Frame[16];
    int nframes;
    private Choice[] choices = new Choice[8];
    /** One reusable base frame per code, so starting a step or an invariant allocates nothing. */
    private final Frame[] baseFrames;
    private int nchoices;
    /** The process instance whose step runs, or -1. */
    int stepProc = -1;
    /** The trail's size when the running step began (see {@link #stateUnchanged}). */
    private int stepBase;
    /** Whether choice points and awaits are allowed (not in invariants or builtin callbacks). */
    boolean forkAllowed;
    /** The symmetric sets made so far while constants are loaded; null in every other machine. */
    private List<dev.ariadne.value.SymV[]> symmetricSets;
    /** What the code being run is, for error messages: a fixed text, or else the step {@link #contextStep}. */
    private String contextText = "";
    private int contextStep = INIT_STEP;
    /** The process declaration of each code index, or null (what {@link #pause} needs). */
    private final ProcessInfo[] processOfCode;
    /** "invariant 'X'" and "constraint 'Y'", made once rather than for every state. */
    private final String[] invariantWhat;
    private final String[] constraintWhat;
    /** The value of {@code pc(...)} for each label of each process declaration. */
    private final StrV[][] labelValues;
    private static final StrV DONE_LABEL = new StrV("Done");
    long budgetLeft;
    /** The value returned by the base frame (invariants, constraints, constants, callbacks). */
    Value returned;

    private final Undoable globalSlots = (a, b, n) -> globals[n] = (Value) b;
    private final Undoable procCount = (a, b, n) -> {
        for (int i = n; i < nprocs; i++) {
            procs[i] = null;
        }
        nprocs = n;
    };

    public Machine(Program program) {
        this(program, DEFAULT_STEP_BUDGET);
    }

    public Machine(Program program, long stepBudget) {
        this(program, stepBudget, new Trail());
    }

    /** A machine on another's trail: {@link Enabledness} runs steps on its state and undoes them with it. */
    Machine(Program program, long stepBudget, Trail trail) {
        this.trail = trail;
        this.program = program;
        this.stepBudget = stepBudget;
        this.interpreter = new Interpreter(this);
        this.baseFrames = new Frame[program.codeCount()];
        this.once = new Value[program.onceCount()];
        this.processOfCode = new ProcessInfo[program.codeCount()];
        for (ProcessInfo pi : program.processes()) {
            processOfCode[pi.code()] = pi;
        }
        this.invariantWhat = program.invariants().stream().map(c -> "invariant '" + c.name() + "'").toArray(String[]::new);
        this.constraintWhat = program.constraints().stream().map(c -> "constraint '" + c.name() + "'")
                .toArray(String[]::new);
        this.labelValues = program.processes().stream()
                .map(p -> p.labels().stream().map(l -> new StrV(l.name())).toArray(StrV[]::new))
                .toArray(StrV[][]::new);
    }

    /** What the code being run is ("action 'Send'", "process Worker(2)", "invariant 'Safe'"), for messages. */
    String context() {
        if (callbackWhat != null) {
            return callbackWhat;
        }
        if (contextText != null) {
            return contextText;
        }
        int nactions = program.actions().size();
        if (contextStep < nactions) {
            return "action '" + program.actions().get(contextStep).name() + "'";
        }
        return "process " + instanceName(procs[contextStep - nactions]);
    }

    public Program program() {
        return program;
    }

    /** Where {@code print} writes its lines (by default nowhere). */
    public void setPrinter(Consumer<String> printer) {
        this.printer = printer;
    }

    void print(String line) {
        printer.accept(line);
    }

    /** The base frame of a code, as new. */
    private Frame baseFrame(Code c) {
        Frame f = baseFrames[c.index];
        if (f == null) {
            f = new Frame(c, new Value[c.nlocals]);
            baseFrames[c.index] = f;
        } else {
            f.reset();
        }
        return f;
    }

    // ---------------------------------------------------------------- the state

    /** Makes {@code globals} and {@code procs[0, n)} the state that steps start from; the machine owns them now. */
    public void load(Value[] globals, Proc[] procs, int n) {
        this.globals = globals;
        if (this.procs.length < n) {
            this.procs = new Proc[n];
        }
        System.arraycopy(procs, 0, this.procs, 0, n);
        Arrays.fill(this.procs, n, this.procs.length, null);
        this.nprocs = n;
    }

    public int globalCount() {
        return globals.length;
    }

    public Value global(int g) {
        return globals[g];
    }

    public int procCount() {
        return nprocs;
    }

    /** Process instance i; during {@link StepSink#successor} of a process step, the running one is its new state. */
    public Proc proc(int i) {
        if (i == stepProc && nframes > 0) {
            Proc p = procs[i];
            return new Proc(p.decl(), p.self(), frames[0]);
        }
        return procs[i];
    }

    /**
     * During {@link StepSink#successor}: whether the successor is the loaded state itself
     * (an action that wrote nothing, like a receive that loops on a state). Every write to
     * the state goes through the trail, so an action step that left it as it was is one;
     * a process step always moves its own frame, so it never is (a conservative no).
     */
    public boolean stateUnchanged() {
        return stepProc < 0 && contextStep != INIT_STEP && trail.size() == stepBase;
    }

    /**
     * During {@link StepSink#successor}: makes the successor the loaded state, so that a
     * walk goes on from it without encoding and decoding it (simulation). The step ends when
     * the sink returns: its other branches would start from the wrong state.
     */
    public void keepSuccessor() {
        if (stepProc >= 0 && nframes > 0) {
            Proc p = procs[stepProc];
            procs[stepProc] = new Proc(p.decl(), p.self(), frames[0]);
        }
        trail.forget(stepBase);
        kept = true;
    }

    /** Set by {@link #keepSuccessor}: the running step ends after this branch. */
    private boolean kept;

    /**
     * During {@link StepSink#successor}: whether this successor is the step's last, no
     * choice point having alternatives left.
     */
    public boolean lastBranch() {
        return nchoices == 0;
    }

    /** Whether every process instance of the state is Done (vacuously true without processes). */
    public boolean allDone() {
        for (int i = 0; i < nprocs; i++) {
            if (procs[i].frame().pc != Frame.DONE) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- steps

    /** Runs the initialisation; each branch that ends is an initial state. */
    public void init(StepSink sink) {
        globals = new Value[program.globalNames().size()];
        nprocs = 0;
        runBranches(baseFrame(program.code(program.initCode())), INIT_STEP, -1, sink);
    }

    /**
     * Runs every step of the loaded state in canonical order (actions in declaration
     * order, then process instances) and returns the number of successors.
     */
    public int expand(StepSink sink) {
        int before = successors;
        int nsteps = stepCount();
        for (int s = 0; s < nsteps; s++) {
            runStep(s, sink);
        }
        return successors - before;
    }

    private int successors;

    /** The number of step ids of the loaded state. */
    public int stepCount() {
        return program.actions().size() + nprocs;
    }

    /** Runs one step (see {@link Program} for step ids) from the loaded state. */
    public void runStep(int stepId, StepSink sink) {
        int nactions = program.actions().size();
        if (stepId < nactions) {
            ActionInfo a = program.actions().get(stepId);
            runBranches(baseFrame(program.code(a.code())), stepId, -1, sink);
            return;
        }
        int i = stepId - nactions;
        Proc p = procs[i];
        if (p.frame().pc == Frame.DONE) {
            return;
        }
        Frame w = p.frame().copy();
        w.pc += 2; // past the LABEL instruction the process is paused at
        runBranches(w, stepId, i, sink);
    }

    private void runBranches(Frame start, int stepId, int proc, StepSink sink) {
        int base = trail.mark();
        stepBase = base;
        frames[0] = start;
        nframes = 1;
        nchoices = 0;
        stepProc = proc;
        forkAllowed = true;
        contextText = stepId == INIT_STEP ? "the initialisation" : null;
        contextStep = stepId;
        try {
            do {
                budgetLeft = stepBudget;
                if (interpreter.run(0) == Interpreter.END) {
                    successors++;
                    sink.successor(stepId);
                }
            } while (!kept && backtrack());
        } catch (EvalError e) {
            e.setStep(stepName(stepId));
            throw e;
        } catch (StackOverflowError e) {
            EvalError err = error(new EvalException("maximum recursion depth exceeded"));
            err.setStep(stepName(stepId));
            throw err;
        } finally {
            Arrays.fill(frames, 0, nframes, null);
            nframes = 0;
            Arrays.fill(choices, 0, nchoices, null);
            nchoices = 0;
            stepProc = -1;
            forkAllowed = false;
            kept = false;
            trail.undoTo(base);
        }
    }

    /** Resumes the newest choice point that has alternatives left; false when none has. */
    private boolean backtrack() {
        while (nchoices > 0) {
            Choice c = choices[nchoices - 1];
            int k = c.next++;
            boolean last = c.next >= c.count;
            trail.undoTo(c.mark);
            for (int j = 0; j < c.nframes; j++) {
                Frame saved = c.frames[j];
                Frame live = j < nframes ? frames[j] : null;
                if (last) {
                    frames[j] = saved;
                } else if (live != null && live.code == saved.code) {
                    live.assign(saved); // no live frame is referenced by a choice, so this is safe and allocates nothing
                } else {
                    frames[j] = saved.copy();
                }
            }
            Arrays.fill(frames, c.nframes, Math.max(nframes, c.nframes), null);
            nframes = c.nframes;
            if (last) {
                choices[--nchoices] = null;
            }
            Frame top = frames[nframes - 1];
            if (c.targets != null) {
                top.pc = c.targets[k];
            } else {
                top.stack[top.sp++] = c.value(k);
            }
            return true;
        }
        return false;
    }

    /** Makes a choice point with {@code count} alternatives (values, or branch addresses); the caller takes the first. */
    void choose(Value[] values, int[] targets, int count) {
        choose(values, targets, 0, 0, count);
    }

    /** A choice point over {@code start + k * step} for k below count; the caller takes the first. */
    void chooseRange(long start, long step, int count) {
        choose(null, null, start, step, count);
    }

    private void choose(Value[] values, int[] targets, long start, long step, int count) {
        if (!forkAllowed) {
            throw new EvalException("cannot fork (oneof/either) in " + context());
        }
        Frame[] copies = new Frame[nframes];
        for (int j = 0; j < nframes; j++) {
            copies[j] = frames[j].copy();
        }
        if (nchoices == choices.length) {
            choices = Arrays.copyOf(choices, nchoices * 2);
        }
        choices[nchoices++] = new Choice(trail.mark(), copies, nframes, values, targets, start, step, count);
    }

    // ---------------------------------------------------------------- frames

    void pushFrame(Frame f) {
        if (nframes >= MAX_CALL_DEPTH + nprocs) {
            throw new EvalException("maximum recursion depth exceeded");
        }
        if (nframes == frames.length) {
            frames = Arrays.copyOf(frames, nframes * 2);
        }
        frames[nframes++] = f;
    }

    void storeGlobal(int g, Value v) {
        if (trail.isReadOnly()) {
            throw new EvalException(context() + " may not change the state (it assigns '" + program.globalNames().get(g) + "')");
        }
        if (globals[g] != null && Values.sameLeaf(globals[g], v)) {
            return; // no trail entry: see stateUnchanged
        }
        trail.save(globalSlots, null, globals[g], g);
        globals[g] = v;
    }

    /** Creates the instances of process {@code decl}, one per element of the domain, and pushes their preludes. */
    void spawn(int decl, Value domain) {
        ProcessInfo p = program.processes().get(decl);
        Value[] selves = Iteration.sortedUniqueElements(domain);
        Code c = program.code(p.code());
        for (int k = selves.length - 1; k >= 0; k--) {
            Value[] locals = new Value[c.nlocals];
            if (p.selfSlot() >= 0) {
                locals[p.selfSlot()] = selves[k];
            }
            Frame f = new Frame(c, locals);
            f.spawnDecl = decl;
            f.spawnSelf = selves[k];
            if (nframes == frames.length) {
                frames = Arrays.copyOf(frames, nframes * 2);
            }
            frames[nframes++] = f;
        }
    }

    /** A prelude reached its first label (or its end): the instance joins the state. */
    void completeSpawn(Frame f) {
        for (int i = 0; i < nprocs; i++) {
            if (procs[i].decl() == f.spawnDecl && Order.equal(procs[i].self(), f.spawnSelf)) {
                throw new EvalException("process instance " + instanceName(procs[i]) + " is created twice");
            }
        }
        Proc p = new Proc(f.spawnDecl, f.spawnSelf, f);
        f.spawnDecl = -1;
        f.spawnSelf = null;
        trail.save(procCount, null, null, nprocs);
        if (nprocs == procs.length) {
            procs = Arrays.copyOf(procs, nprocs * 2);
        }
        procs[nprocs++] = p;
    }

    /** Clears every slot of a paused process frame that is not kept at its position. */
    void pause(Frame f, int pc) {
        f.pc = pc;
        f.sp = 0;
        ProcessInfo p = processOfCode[f.code];
        boolean[] keep = null;
        if (pc != Frame.DONE) {
            keep = p.labels().get(f.instr[pc + 1]).keep();
        }
        for (int s = 0; s < f.locals.length; s++) {
            if (keep != null ? !keep[s] : !isPersistentAtDone(p, s)) {
                f.locals[s] = null;
            }
        }
        if (pc == Frame.DONE) {
            Arrays.fill(f.iters, 0, f.ip, null);
            f.ip = 0;
        }
    }

    private static boolean isPersistentAtDone(ProcessInfo p, int slot) {
        if (slot == p.selfSlot()) {
            return true;
        }
        for (int v : p.varSlots()) {
            if (v == slot) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- checks

    /** The invariants {@link #violatedInvariant} checks, by index in declaration order; null for all. */
    private int[] checkedInvariants;

    /** Checks only these invariants (indices in declaration order), or all for null ({@code --invariant}). */
    public void checkOnly(int[] invariants) {
        this.checkedInvariants = invariants;
    }

    /** The index of the first (checked) invariant that does not hold in the loaded state, or -1. */
    public int violatedInvariant() {
        List<CheckInfo> invs = program.invariants();
        int n = checkedInvariants == null ? invs.size() : checkedInvariants.length;
        for (int k = 0; k < n; k++) {
            int i = checkedInvariants == null ? k : checkedInvariants[k];
            try {
                if (!Values.truth(evaluate(invs.get(i).code(), invariantWhat[i]))) {
                    return i;
                }
            } catch (EvalError e) {
                e.setCheck(invs.get(i).name());
                throw e;
            }
        }
        return -1;
    }

    /** The distinct elements of a collection in canonical order: the instances of a parameterised declaration. */
    public Value[] distinctElements(Value domain, String what) {
        try {
            return Iteration.sortedUniqueElements(domain);
        } catch (EvalException e) {
            throw new EvalError(EvalError.Kind.RUNTIME, what + ": " + e.getMessage(), -1, List.of(), program.source());
        }
    }

    /** Whether every constraint holds in the loaded state (if not, it is kept but not expanded). */
    public boolean constraintsHold() {
        List<CheckInfo> cs = program.constraints();
        for (int i = 0; i < cs.size(); i++) {
            try {
                if (!Values.truth(evaluate(cs.get(i).code(), constraintWhat[i]))) {
                    return false;
                }
            } catch (EvalError e) {
                e.setCheck(cs.get(i).name());
                throw e;
            }
        }
        return true;
    }

    /** Makes this the machine that loads the program's constants, the only one where {@code symmetric()} may run. */
    void beginLoading() {
        symmetricSets = new ArrayList<>();
    }

    /** The symmetric sets the constants made (after {@link #beginLoading}). */
    dev.ariadne.value.SymV[][] symmetricSets() {
        return symmetricSets.toArray(new dev.ariadne.value.SymV[0][]);
    }

    /** {@code symmetric(prefix, n)}: a new set of n interchangeable model values. */
    Value symmetricSet(String prefix, long n) {
        if (symmetricSets == null) {
            throw new EvalException("symmetric() may only be the value of a constant");
        }
        if (n < 1 || n > MAX_SYMMETRIC) {
            throw new EvalException("symmetric() needs between 1 and " + MAX_SYMMETRIC + " values, not " + n);
        }
        if (prefix.isEmpty() || !Character.isLetter(prefix.charAt(0))) {
            throw new EvalException("the prefix of symmetric values must start with a letter, not '" + prefix + "'");
        }
        for (dev.ariadne.value.SymV[] set : symmetricSets) {
            if (set[0].prefix.equals(prefix)) {
                throw new EvalException("symmetric values '" + prefix + "' are made twice: each set needs its own prefix");
            }
        }
        dev.ariadne.value.SymV[] set = new dev.ariadne.value.SymV[(int) n];
        for (int i = 0; i < n; i++) {
            set[i] = new dev.ariadne.value.SymV(symmetricSets.size(), i, prefix);
        }
        symmetricSets.add(set);
        return dev.ariadne.value.FrozenSetV.of(set, set.length);
    }

    /** Runs a body that returns a value (an invariant, a constraint, a constant) read-only on the loaded state. */
    public Value evaluate(int code, String what) {
        return evaluate(code, what, null);
    }

    /** {@link #evaluate(int, String)} for a body of one parameter (a parameterised property), given as {@code arg}. */
    public Value evaluate(int code, String what, Value arg) {
        Code c = program.code(code);
        int base = trail.mark();
        frames[0] = baseFrame(c);
        if (arg != null) {
            frames[0].locals[0] = arg;
        }
        nframes = 1;
        forkAllowed = false;
        contextText = what;
        budgetLeft = stepBudget;
        boolean constant = c.kind == CodeKind.CONST;
        if (!constant) {
            trail.setReadOnly(what);
        }
        try {
            interpreter.run(0);
            return returned;
        } catch (StackOverflowError e) {
            throw error(new EvalException("maximum recursion depth exceeded"));
        } finally {
            trail.setReadOnly(null);
            Arrays.fill(frames, 0, nframes, null);
            nframes = 0;
            if (!constant) {
                trail.undoTo(base);
            }
        }
    }

    /** While a builtin calls a function value ({@link #callValue}): what that function is, for messages. */
    private String callbackWhat;

    /**
     * Calls a function value from a builtin ({@code what}: "the predicate of choose()", "a
     * key= function"): no forks, no awaits, and a message about them names {@code what}.
     */
    Value callValue(String what, Value f, Value... args) {
        if (f instanceof FunctionV fn) {
            Frame frame = Calls.bind(fn, program.code(fn.code), args, 0, args.length, null);
            boolean saved = forkAllowed;
            String savedWhat = callbackWhat;
            forkAllowed = false;
            callbackWhat = what;
            pushFrame(frame);
            try {
                interpreter.run(nframes - 1);
            } finally {
                forkAllowed = saved;
                callbackWhat = savedWhat;
            }
            return returned;
        }
        return callNative(f, args, 0, args.length, null);
    }

    /**
     * Calls a builtin function or a bound method with {@code s[off, off + n)} (and the keyword
     * names {@code kw}, or null); anything else that is not a function is not callable.
     */
    Value callNative(Value f, Value[] s, int off, int n, TupleV kw) {
        if (f instanceof BuiltinV b) {
            return Builtins.call(this, Builtin.of(b.id), new Args(b.name, s, off, n, kw, trail.epoch()));
        }
        if (f instanceof BoundMethodV bm) {
            return Methods.call(this, bm.method, bm.receiver, new Args(bm.name, s, off, n, kw, trail.epoch()));
        }
        throw new EvalException("'" + f.typeName() + "' object is not callable");
    }

    // ---------------------------------------------------------------- names

    /** {@code pc("Name")} or {@code pc("Name", self)}: the label of a process instance, or "Done". */
    Value processLabel(String name, Value self) {
        for (int d = 0; d < program.processes().size(); d++) {
            if (program.processes().get(d).name().equals(name)) {
                return processLabel(d, self);
            }
        }
        throw new EvalException("no process named '" + name + "'");
    }

    /** {@code enabled(name, args...)}: whether that action (instance) or process (instance) can take a step. */
    boolean enabled(String name, Value[] args) {
        if (enabledness == null) {
            enabledness = new Enabledness(this);
        }
        return enabledness.enabled(name, args);
    }

    /** {@link #processLabel(String, Value)} of the {@code decl}-th process declaration (PROC_LABEL). */
    Value processLabel(int decl, Value self) {
        return labelValue(procs[instance(decl, self)]);
    }

    /**
     * {@code P.x} / {@code P[self].x} (PROC_VAR): the {@code k}-th var of an instance of the
     * {@code decl}-th process; during that instance's own step, its current value.
     */
    Value processVar(int decl, Value self, int k) {
        int i = instance(decl, self);
        ProcessInfo info = program.processes().get(decl);
        Frame f = i == stepProc && nframes > 0 ? frames[0] : procs[i].frame();
        Value v = f.locals[info.varSlots()[k]];
        if (v == null) {
            throw new EvalException("variable '" + info.varNames().get(k) + "' of " + instanceName(procs[i])
                    + " has no value yet");
        }
        return v;
    }

    /** The position in {@code procs} of the instance of the {@code decl}-th process whose self is {@code self} (null: the only one). */
    private int instance(int decl, Value self) {
        int found = -1;
        int count = 0;
        for (int i = 0; i < nprocs; i++) {
            Proc p = procs[i];
            if (p.decl() == decl) {
                if (self != null && Order.equal(p.self(), self)) {
                    return i;
                }
                count++;
                found = i;
            }
        }
        String name = program.processes().get(decl).name();
        if (count == 0) {
            throw new EvalException("no process named '" + name + "'");
        }
        if (self != null) {
            throw new EvalException("no process instance " + name + "(" + Repr.str(self) + ")");
        }
        if (count > 1) {
            throw new EvalException("process '" + name + "' has " + count + " instances: say which, pc('" + name + "', self)");
        }
        return found;
    }

    /** The label a process instance is at, or "Done". */
    /** The index of the label an instance is paused at (in its declaration's labels), or -1 when it is Done. */
    public int labelIndex(Proc p) {
        int pc = p.frame().pc;
        return pc == Frame.DONE ? -1 : p.frame().instr[pc + 1];
    }

    public String labelName(Proc p) {
        return labelValue(p).value;
    }

    /** {@link #labelName} as a value: one string per label, made once (invariants ask for it in every state). */
    private StrV labelValue(Proc p) {
        int pc = p.frame().pc;
        return pc == Frame.DONE ? DONE_LABEL : labelValues[p.decl()][p.frame().instr[pc + 1]];
    }

    /** {@code Name} or {@code Name(self)}. */
    public String instanceName(Proc p) {
        ProcessInfo info = program.processes().get(p.decl());
        return info.selfSlot() < 0 ? info.name() : info.name() + "(" + Repr.str(p.self()) + ")";
    }

    /**
     * The name of step {@code stepId} of the loaded state: {@code FillBig},
     * {@code Send(1, 2)} with the parameters chosen (read during a successor call), or
     * {@code Worker(2) at Work}.
     */
    public String stepName(int stepId) {
        int nactions = program.actions().size();
        if (stepId < 0) {
            return "Init";
        }
        if (stepId < nactions) {
            ActionInfo a = program.actions().get(stepId);
            if (a.paramSlots().length == 0 || nframes == 0) {
                return a.name();
            }
            List<String> params = new ArrayList<>();
            for (int s : a.paramSlots()) {
                Value v = frames[0].locals[s];
                params.add(v == null ? "?" : Repr.str(v));
            }
            return a.name() + "(" + String.join(", ", params) + ")";
        }
        Proc p = procs[stepId - nactions];
        return instanceName(p) + " at " + labelName(p);
    }

    /** The source offset where step {@code stepId} of the loaded state starts (an action, or a label). */
    public int stepOffset(int stepId) {
        int nactions = program.actions().size();
        if (stepId < 0) {
            return -1;
        }
        if (stepId < nactions) {
            return program.actions().get(stepId).offset();
        }
        Proc p = procs[stepId - nactions];
        LabelInfo l = program.processes().get(p.decl()).labels().get(p.frame().instr[p.frame().pc + 1]);
        return l.offset();
    }

    // ---------------------------------------------------------------- errors

    /** A runtime error at the current instruction of every frame, outermost first. */
    EvalError error(EvalException e) {
        return error(EvalError.Kind.RUNTIME, e.getMessage());
    }

    /** A runtime error of the model at the place the machine is running (for checks made outside the interpreter). */
    public EvalError modelError(String message) {
        return error(EvalError.Kind.RUNTIME, message);
    }

    EvalError error(EvalError.Kind kind, String message) {
        List<EvalError.Line> tb = new ArrayList<>();
        int offset = 0;
        for (int j = 0; j < nframes; j++) {
            Frame f = frames[j];
            Code c = program.code(f.code);
            // A caller's pc is past its call instruction: the call is the place to show.
            int pc = Math.max(0, j == nframes - 1 ? f.pc : f.pc - 1);
            String function = c.kind == CodeKind.PROCESS || c.kind == CodeKind.ACTION ? c.name : c.name + "()";
            for (Code.Inlined call : c.expansionsAt(pc)) {
                tb.add(new EvalError.Line(function, call.callOffset()));
                function = call.function();
            }
            offset = c.offsetAt(pc);
            tb.add(new EvalError.Line(function, offset));
        }
        return new EvalError(kind, message, offset, tb, program.source());
    }
}
