package dev.ariadne.cli;

import dev.ariadne.api.PrestartedWorkers;
import dev.ariadne.pool.WorkerLauncher;
import dev.ariadne.storage.StoreWarmUp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** The {@code ariadne} command: parses the command line with picocli and runs a subcommand. */
@Command(name = "ariadne", mixinStandardHelpOptions = true, versionProvider = Main.VersionLines.class,
        description = "A model checker for concurrent and distributed designs.",
        synopsisSubcommandLabel = "COMMAND",
        footer = {"", "Run 'ariadne COMMAND --help' for the options of a command."})
public final class Main implements Callable<Integer> {
    private final CliContext ctx;

    @Spec
    CommandSpec spec;

    private Main(CliContext ctx) {
        this.ctx = ctx;
    }

    public static void main(String[] args) {
        // Chronicle logs through SLF4J, which has no provider here: keep its start-up notice off the terminal.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        // Run as 'java -jar ariadne.jar' no launcher passes these: Chronicle must not phone home, print a
        // banner nor set up its native POSIX binding. A value given on the command line stays.
        for (String property : WorkerLauncher.CHRONICLE_PROPERTIES) {
            int eq = property.indexOf('=');
            String name = property.substring(0, eq);
            System.setProperty(name, System.getProperty(name, property.substring(eq + 1)));
        }
        // picocli looks for Groovy's Closure class unless told not to, and a class that is not there is looked
        // for in every jar of the class path: some 15 ms of every start.
        System.setProperty("picocli.disable.closures", "true");
        // Numbers formatted for Locale.US need no locale data (the JDK's Formatter special-cases it) and look as
        // the root locale's do. For any other locale the first %d sets up the CLDR locale provider: some 15 ms
        // of a small check (docs/benchmarks.md, "Stop 24"). Ariadne's own output names Locale.US; this covers
        // the libraries' String.format too. (A JVM that opens a Chronicle map sets up CLDR all the same:
        // Chronicle Wire makes a SimpleDateFormat.)
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        Signals.install();
        int code = onLargeStack(() -> run(args, System.out, System.err));
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * Runs the command on a thread with the stack the launcher gives with {@code -Xss8m} (deeply nested
     * model values and expressions recurse), which {@code java -jar} without options would not give.
     */
    private static int onLargeStack(java.util.function.IntSupplier command) {
        int[] code = {ExitCodes.INTERNAL};
        Thread t = new Thread(null, () -> code[0] = command.getAsInt(), "main-command", 8L << 20);
        t.start();
        while (true) {
            try {
                t.join();
                return code[0];
            } catch (InterruptedException e) {
                // the command stops itself on a signal (Signals): wait for it
            }
        }
    }

    /** Runs the command in this JVM and returns its exit status; nothing is printed outside {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of("").toAbsolutePath());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with relative paths resolved against {@code cwd}. */
    static int run(String[] args, PrintStream out, PrintStream err, Path cwd) {
        return run(args, out, err, cwd, CliContext.detectStderrTerminal());
    }

    /** As above, saying whether standard error is a terminal (tests of the progress line). */
    static int run(String[] args, PrintStream out, PrintStream err, Path cwd, boolean stderrIsTerminal) {
        CliContext ctx = new CliContext(out, err, cwd, stderrIsTerminal, new StopSwitch());
        Signals.route(ctx.stop(), err);
        String first = args.length > 0 ? args[0] : "";
        warmUpStore(first, args, cwd);
        EarlyStart.workers(first, args);
        CommandLine cl = new CommandLine(new Main(ctx));
        addSubcommands(cl, ctx, first);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        Handlers handlers = new Handlers(ctx);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        try {
            return cl.execute(args);
        } finally {
            PrestartedWorkers.discard();
        }
    }

    /**
     * Starts Chronicle's warm-up where a Chronicle store is certain: a command on a directory
     * that holds one. A check starts in a small store, in either isolation, which starts the
     * warm-up itself if the run grows.
     */
    private static void warmUpStore(String first, String[] args, Path cwd) {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        if (first.equals("check")) {
            // -Dariadne.store.warmUpAtStart=true: as before stop 15, for measuring the trade-off (docs/benchmarks.md).
            if (Boolean.getBoolean("ariadne.store.warmUpAtStart")) {
                StoreWarmUp.start();
            }
        } else if (first.equals("resume") || first.equals("trace") || first.equals("graph")) {
            List<Path> dirs = new ArrayList<>();
            for (String a : rest) {
                if (!a.startsWith("-")) {
                    try {
                        dirs.add(cwd.resolve(a));
                    } catch (java.nio.file.InvalidPathException e) {
                        // not a path: picocli will say what is wrong with it
                    }
                }
            }
            StoreWarmUp.startFor(dirs);
        }
    }

    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Function<CliContext, Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Function<CliContext, Object>> subcommands() {
        Map<String, Function<CliContext, Object>> m = new LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("resume", ResumeCommand::new);
        m.put("trace", TraceCommand::new);
        m.put("simulate", SimulateCommand::new);
        m.put("graph", GraphCommand::new);
        m.put("completion", CompletionCommand::new);
        return m;
    }

    /**
     * Adds the subcommand that {@code first} names, or all of them when it names none (help, the
     * version and a misspelt command need them all) or names {@code completion}, whose script covers
     * them all: picocli reads every added command's annotations by reflection, a tenth of a small
     * check's start-up for the five that do not run.
     */
    private static void addSubcommands(CommandLine cl, CliContext ctx, String first) {
        if (SUBCOMMANDS.containsKey(first) && !first.equals("completion")) {
            cl.addSubcommand(SUBCOMMANDS.get(first).apply(ctx));
            return;
        }
        SUBCOMMANDS.values().forEach(make -> cl.addSubcommand(make.apply(ctx)));
    }

    /** No command given: the usage, on standard error, and exit status 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** A bad command line: one line saying what is wrong, a suggestion for a misspelt option, where to read more. */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** A {@link CliError} is the user's to fix: its message only. Anything else is a bug: say so, with the trace. */
    private static int failure(CliContext ctx, Exception ex) {
        if (ex instanceof CliError e) {
            ctx.err().println("ariadne: " + e.getMessage());
            return e.exitCode();
        }
        ctx.err().println("ariadne: internal failure (a bug in ariadne, please report it):");
        ex.printStackTrace(ctx.err());
        return ExitCodes.INTERNAL;
    }

    /**
     * What picocli calls on a bad command line and on a failed command. A class, not two lambdas:
     * picocli's class files predate Java 6, and class-data sharing leaves out such an interface
     * once a lambda has linked it at dump time, and with it every class that implements it; the
     * JVM then opens the class path's jars one by one to find them, at every start.
     */
    private static final class Handlers implements IParameterExceptionHandler, IExecutionExceptionHandler {
        private final CliContext ctx;

        Handlers(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            return usageError(ex, args);
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
            return failure(ctx, ex);
        }
    }

    /** {@code ariadne --version}. */
    static final class VersionLines implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return Version.lines();
        }
    }
}
