package dev.ariadne.expand.remote;

import dev.ariadne.pool.WorkerLoop;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Locale;

/** The entry point of a worker process: serves the pool over its standard input and output. */
public final class WorkerMain {
    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        FileOutputStream protocol = new FileOutputStream(FileDescriptor.out);
        // Anything a library prints must not corrupt the protocol: standard output goes to standard error.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        // As the command's Main: numbers formatted without locale data.
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        int status = new WorkerLoop(new BatchWorker(), new FileInputStream(FileDescriptor.in), protocol).run();
        System.exit(status);
    }
}
