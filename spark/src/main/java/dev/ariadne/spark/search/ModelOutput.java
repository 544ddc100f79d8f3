package dev.ariadne.spark.search;

import java.util.function.Consumer;

/**
 * Where the lines a model prints ({@code print}) go in this JVM: to the sink of the thread
 * that runs the model, set by the task (or the driver) around its calls into the model, and
 * nowhere on a thread without one. One compiled model is shared by every task of an
 * executor, each on its own thread, so the sink is per thread, not per model.
 */
public final class ModelOutput {
    private static final ThreadLocal<Consumer<String>> SINK = new ThreadLocal<>();

    private ModelOutput() {
    }

    /** The printer the model is compiled with: the current thread's sink receives the line. */
    public static void print(String line) {
        Consumer<String> sink = SINK.get();
        if (sink != null) {
            sink.accept(line);
        }
    }

    /** Sends what the model prints on this thread to {@code sink} from now on; null to drop it again. */
    public static void to(Consumer<String> sink) {
        if (sink == null) {
            SINK.remove();
        } else {
            SINK.set(sink);
        }
    }
}
