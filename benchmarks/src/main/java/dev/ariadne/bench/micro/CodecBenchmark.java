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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** The state codec: canonical encoding plus fingerprint, and decoding, of small, medium (shared) and large states. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    @Param({"small", "medium", "large"})
    public String size;

    private Machine machine;
    private StateCodec codec;
    private byte[] bytes;

    @Setup
    public void setup() {
        String text = switch (size) {
            case "small" -> States.SMALL;
            case "medium" -> States.MEDIUM;
            default -> States.LARGE;
        };
        Program p = States.program(text);
        machine = new Machine(p);
        codec = new StateCodec(p);
        bytes = States.initial(p);
        codec.decodeInto(bytes, machine);
    }

    @Benchmark
    public long encodeAndFingerprint() {
        codec.encode(machine);
        return codec.fingerprint();
    }

    @Benchmark
    public Machine decode() {
        codec.decodeInto(bytes, machine);
        return machine;
    }
}
