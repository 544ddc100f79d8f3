package dev.ariadne.bench.micro;

import dev.ariadne.lang.compile.Program;
import dev.ariadne.snapshot.StateCodec;
import dev.ariadne.vm.Machine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The VM on two-phase commit (5 resource managers): one step (an action with a
 * parameter, all its branches) and the expansion of a whole state (every step, each
 * successor encoded and fingerprinted, as a worker does).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StepBenchmark {
    static final String TWO_PHASE = """
            const N = 5
            var rmState = {rm: "working" for rm in range(N)}
            var tmState = "init"
            var tmPrepared = set()
            var msgs = set()

            action TMRcvPrepared(rm in range(N)):
                await tmState == "init"
                await ("Prepared", rm) in msgs
                tmPrepared.add(rm)

            action TMCommit:
                await tmState == "init"
                await tmPrepared == set(range(N))
                tmState = "done"
                msgs.add(("Commit",))

            action TMAbort:
                await tmState == "init"
                tmState = "done"
                msgs.add(("Abort",))

            action RMPrepare(rm in range(N)):
                await rmState[rm] == "working"
                rmState[rm] = "prepared"
                msgs.add(("Prepared", rm))

            action RMChooseToAbort(rm in range(N)):
                await rmState[rm] == "working"
                rmState[rm] = "aborted"

            action RMRcvCommitMsg(rm in range(N)):
                await ("Commit",) in msgs
                rmState[rm] = "committed"

            action RMRcvAbortMsg(rm in range(N)):
                await ("Abort",) in msgs
                rmState[rm] = "aborted"
            """;

    private Machine machine;
    private StateCodec codec;
    private int prepare;

    @Setup
    public void setup() {
        Program p = States.program(TWO_PHASE);
        machine = new Machine(p);
        codec = new StateCodec(p);
        codec.decodeInto(States.initial(p), machine);
        for (int i = 0; i < p.actions().size(); i++) {
            if (p.actions().get(i).name().equals("RMPrepare")) {
                prepare = i;
            }
        }
    }

    @Benchmark
    public void oneStep(Blackhole bh) {
        machine.runStep(prepare, bh::consume);
    }

    @Benchmark
    public void expandState(Blackhole bh) {
        machine.expand(step -> {
            codec.encode(machine);
            bh.consume(codec.fingerprint());
        });
    }
}
