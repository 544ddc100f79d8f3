package dev.ariadne.vm;

import dev.ariadne.lang.compile.ActionInfo;
import dev.ariadne.lang.compile.Code;
import dev.ariadne.lang.compile.Program;
import dev.ariadne.lang.resolve.CodeKind;
import dev.ariadne.value.EvalException;
import dev.ariadne.value.FunctionV;
import dev.ariadne.value.Mutable;
import dev.ariadne.value.Trail;
import dev.ariadne.value.Undoable;
import dev.ariadne.value.Value;
import dev.ariadne.value.Values;

import java.util.function.Consumer;

/**
 * One program's state (globals and process instances) and the execution of its steps on
 * it: the initialisation, the actions and the process steps, each run to every end of
 * its branches and reported to a {@link StepSink}. A machine belongs to one thread.
 *
 * <p>The state is loaded once ({@link #load}) and every step runs on it in place; the
 * {@link Trail} puts it back after each branch, so expanding a state costs one decode
 * and no copies (see docs/design.md). The machine owns the parts that a step uses:
 * its {@link CallStack}, its {@link ChoicePoints}, the {@link ProcessLifecycle} of
 * instances, the {@link ProcessQueries} of code and the {@link StepNames} of traces.
 */
public final class Machine {
    /** Instructions one branch of a step may execute before it is taken to be looping forever. */
    public static final long DEFAULT_STEP_BUDGET = 10_000_000L;
    private static final int MAX_CALL_DEPTH = 900;
    /** The step id of the initialisation. */
    public static final int INIT_STEP = -1;

    private final Program program;
    private final Trail trail;
    private final long stepBudget;
    /** The constants and defs the code reads: the program's, or those computed so far while it loads. */
    private final Value[] consts;
    private final FunctionV[] defs;
    /** The symmetric sets made while the program loads; null in every other machine. */
    private final SymmetricSets symmetric;
    private Consumer<String> printer = line -> { };

    // The state: globals in declaration order, process instances in canonical order.
    private Value[] globals = new Value[0];
    private final Processes procs;
    private final Undoable globalSlots = (a, b, n) -> globals[n] = (Value) b;

    // The step being run.
    private final CallStack calls = new CallStack();
    private final ChoicePoints choices;
    private final StepNames names;
    private final ProcessQueries queries;
    private final Interpreter interpreter;
    /** {@code enabled(...)}, made on first use. */
    private Enabledness enabledness;
    /** One reusable base frame per code, so starting a step or an invariant allocates nothing. */
    private final Frame[] baseFrames;
    /** The process instance whose step runs, or -1. */
    private int stepProc = -1;
    /** The trail's size when the running step began (see {@link #stateUnchanged}). */
    private int stepBase;
    /** The trail's epoch when the running step began (see {@link #untouchedByStep}). */
    private long stepEpoch;
    /** See {@link #loads}. */
    private long loads;
    /** Whether choice points and awaits are allowed (not in invariants or builtin callbacks). */
    private boolean forkAllowed;
    /** What the code being run is, for error messages: a fixed text, or else the step {@link #contextStep}. */
    private String contextText = "";
    private int contextStep = INIT_STEP;
    /** While a builtin calls a function value ({@link #callValue}): what that function is, for messages. */
    private String callbackWhat;
    private int successors;

    public Machine(Program program) {
        this(program, DEFAULT_STEP_BUDGET);
    }

    public Machine(Program program, long stepBudget) {
        this(program, stepBudget, new Trail(), program.constValues(), program.defValues(), null);
    }

    /**
     * A machine on the given trail and values: {@link Enabledness} runs steps on another
     * machine's state and trail, and the {@link Loader} runs constants while it computes them.
     */
    Machine(Program program, long stepBudget, Trail trail, Value[] consts, FunctionV[] defs, SymmetricSets symmetric) {
        this.program = program;
        this.trail = trail;
        this.stepBudget = stepBudget;
        this.consts = consts;
        this.defs = defs;
        this.symmetric = symmetric;
        this.procs = new Processes(program, trail);
        this.choices = new ChoicePoints(calls, trail);
        this.names = new StepNames(program, procs, calls);
        this.queries = new ProcessQueries(this, procs, names);
        this.interpreter = new Interpreter(this, stepBudget, calls, choices,
                new ProcessLifecycle(program, procs, calls, names), queries);
        this.baseFrames = new Frame[program.codeCount()];
    }

    public Program program() {
        return program;
    }

    /** How traces and messages name the steps and instances of the loaded state. */
    public StepNames names() {
        return names;
    }

    /** Where {@code print} writes its lines (by default nowhere). */
    public void setPrinter(Consumer<String> printer) {
        this.printer = printer;
    }

    // ---------------------------------------------------------------- the state

    /** Makes {@code globals} and {@code procs[0, n)} the state that steps start from; the machine owns them now. */
    public void load(Value[] globals, Proc[] procs, int n) {
        this.globals = globals;
        this.procs.load(procs, n);
        loads++;
    }

    /** How many times the state steps start from was replaced ({@link #load}, {@link #keepSuccessor}). */
    public long loads() {
        return loads;
    }

    /**
     * During {@link StepSink#successor}: whether the running step left {@code m} as the
     * loaded state has it. Every change goes through the trail, which stamps the object with
     * the epoch; earlier steps from the loaded state undid theirs.
     */
    public boolean untouchedByStep(Mutable m) {
        return !m.changedSince(stepEpoch);
    }

    /** Loads the state {@code other} is looking at, sharing its globals (the trail they share undoes writes). */
    void loadFrom(Machine other) {
        Proc[] ps = new Proc[other.procCount()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = other.proc(i);
        }
        load(other.globals, ps, ps.length);
    }

    public int globalCount() {
        return globals.length;
    }

    public Value global(int g) {
        return globals[g];
    }

    public int procCount() {
        return procs.size();
    }

    /** Process instance i; during {@link StepSink#successor} of a process step, the running one is its new state. */
    public Proc proc(int i) {
        if (i == stepProc && calls.size() > 0) {
            Proc p = procs.get(i);
            return new Proc(p.decl(), p.self(), calls.base());
        }
        return procs.get(i);
    }

    /** The frame of instance i: during its own step, the one the step works on. */
    Frame workingFrame(int i) {
        return i == stepProc && calls.size() > 0 ? calls.base() : procs.get(i).frame();
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
        if (stepProc >= 0 && calls.size() > 0) {
            Proc p = procs.get(stepProc);
            procs.set(stepProc, new Proc(p.decl(), p.self(), calls.base()));
        }
        trail.forget(stepBase);
        loads++;
        kept = true;
    }

    /** Set by {@link #keepSuccessor}: the running step ends after this branch. */
    private boolean kept;

    /**
     * During {@link StepSink#successor}: whether this successor is the step's last, no
     * choice point having alternatives left.
     */
    public boolean lastBranch() {
        return choices.isEmpty();
    }

    /** Whether every process instance of the state is Done (vacuously true without processes). */
    public boolean allDone() {
        for (int i = 0; i < procs.size(); i++) {
            if (procs.get(i).frame().pc != Frame.DONE) {
                return false;
            }
        }
        return true;
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

    Trail trail() {
        return trail;
    }

    Value constant(int c) {
        return consts[c];
    }

    FunctionV def(int d) {
        return defs[d];
    }

    // ---------------------------------------------------------------- steps

    /** Runs the initialisation; each branch that ends is an initial state. */
    public void init(StepSink sink) {
        globals = new Value[program.globalNames().size()];
        loads++;
        procs.clear();
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

    /** The number of step ids of the loaded state. */
    public int stepCount() {
        return program.actions().size() + procs.size();
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
        Proc p = procs.get(i);
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
        stepEpoch = trail.epoch();
        calls.start(start);
        stepProc = proc;
        forkAllowed = true;
        contextText = stepId == INIT_STEP ? "the initialisation" : null;
        contextStep = stepId;
        try {
            do {
                interpreter.resetBudget();
                if (interpreter.run(0) == Interpreter.END) {
                    successors++;
                    sink.successor(stepId);
                }
            } while (!kept && choices.backtrack());
        } catch (EvalError e) {
            e.setStep(names.stepName(stepId));
            throw e;
        } catch (StackOverflowError e) {
            EvalError err = error(new EvalException("maximum recursion depth exceeded"));
            err.setStep(names.stepName(stepId));
            throw err;
        } finally {
            calls.resize(0);
            choices.clear();
            stepProc = -1;
            forkAllowed = false;
            kept = false;
            trail.undoTo(base);
        }
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

    /** The frame of the running step itself (an action's parameters are its locals), or null. */
    Frame stepFrame() {
        return calls.base();
    }

    /** Whether choice points and awaits are allowed (in steps, not in invariants or builtin callbacks). */
    boolean forkAllowed() {
        return forkAllowed;
    }

    void pushFrame(Frame f) {
        if (calls.size() >= MAX_CALL_DEPTH + procs.size()) {
            throw new EvalException("maximum recursion depth exceeded");
        }
        calls.push(f);
    }

    // ---------------------------------------------------------------- bodies

    /** Runs a body that returns a value (an invariant, a constraint, a constant) read-only on the loaded state. */
    public Value evaluate(int code, String what) {
        return evaluate(code, what, null);
    }

    /** {@link #evaluate(int, String)} for a body of one parameter (a parameterised property), given as {@code arg}. */
    public Value evaluate(int code, String what, Value arg) {
        interpreter.resetBudget();
        return evaluateOnBudget(code, what, arg);
    }

    /**
     * {@link #evaluate(int, String)} on what is left of the step budget (see {@link #resetBudget}):
     * the conjuncts of one invariant share one budget, as they did as one body.
     */
    public Value evaluateOnBudget(int code, String what) {
        return evaluateOnBudget(code, what, null);
    }

    /** Gives the next {@link #evaluateOnBudget} the whole step budget. */
    public void resetBudget() {
        interpreter.resetBudget();
    }

    /** The instructions the next {@link #evaluateOnBudget} may still run. */
    public long budgetLeft() {
        return interpreter.budgetLeft();
    }

    /** Counts {@code steps} instructions as run: those of a conjunct whose cached result stands for running it. */
    public void chargeBudget(long steps) {
        interpreter.charge(steps);
    }

    private Value evaluateOnBudget(int code, String what, Value arg) {
        Code c = program.code(code);
        int base = trail.mark();
        calls.start(baseFrame(c));
        if (arg != null) {
            calls.base().locals[0] = arg;
        }
        forkAllowed = false;
        contextText = what;
        boolean constant = c.kind == CodeKind.CONST;
        if (!constant) {
            trail.setReadOnly(what);
        }
        try {
            interpreter.run(0);
            return interpreter.returned();
        } catch (StackOverflowError e) {
            throw error(new EvalException("maximum recursion depth exceeded"));
        } finally {
            trail.setReadOnly(null);
            calls.resize(0);
            if (!constant) {
                trail.undoTo(base);
            }
        }
    }

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
                interpreter.run(calls.size() - 1);
            } finally {
                forkAllowed = saved;
                callbackWhat = savedWhat;
            }
            return interpreter.returned();
        }
        return Calls.callNative(this, f, args, 0, args.length, null);
    }

    /** What {@code pc(...)} and {@code P.x} read of the process instances. */
    ProcessQueries processQueries() {
        return queries;
    }

    /** {@code enabled(name, args...)}: whether that action (instance) or process (instance) can take a step. */
    boolean enabled(String name, Value[] args) {
        if (enabledness == null) {
            enabledness = new Enabledness(this);
        }
        return enabledness.enabled(name, args);
    }

    /** A probe for {@link Enabledness}: a machine on this one's trail and values. */
    Machine probe() {
        return new Machine(program, stepBudget, trail, consts, defs, null);
    }

    /** The sets {@code symmetric()} makes: only while constants load. */
    SymmetricSets symmetricSets() {
        if (symmetric == null) {
            throw new EvalException("symmetric() may only be the value of a constant");
        }
        return symmetric;
    }

    void print(String line) {
        printer.accept(line);
    }

    // ---------------------------------------------------------------- errors

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
        return "process " + names.instanceName(procs.get(contextStep - nactions));
    }

    /** A runtime error at the current instruction of every frame, outermost first. */
    EvalError error(EvalException e) {
        return error(EvalError.Kind.RUNTIME, e.getMessage());
    }

    /** A runtime error of the model at the place the machine is running (for checks made outside the interpreter). */
    public EvalError modelError(String message) {
        return error(EvalError.Kind.RUNTIME, message);
    }

    EvalError error(EvalError.Kind kind, String message) {
        return Traceback.error(program, calls, kind, message);
    }
}
