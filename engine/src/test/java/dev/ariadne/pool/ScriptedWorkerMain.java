package dev.ariadne.pool;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A worker process for pool tests: a task is a command ("sleep:MS", "crash", "hang",
 * "fail", "oom"); the result is "pid start end" so the test can see who ran what, and when.
 */
public final class ScriptedWorkerMain {
    private ScriptedWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        RemoteHandler h = new RemoteHandler() {
            @Override
            public void setup(String tag, byte[] setup) {
            }

            @Override
            public byte[] run(byte[] task, java.util.function.BooleanSupplier cancelled) throws Exception {
                String cmd = new String(task, StandardCharsets.UTF_8);
                long start = System.currentTimeMillis();
                if (cmd.startsWith("sleep:")) {
                    long until = start + Long.parseLong(cmd.substring(6));
                    while (System.currentTimeMillis() < until && !cancelled.getAsBoolean()) {
                        Thread.sleep(5);
                    }
                } else if (cmd.equals("crash")) {
                    Runtime.getRuntime().halt(7);
                } else if (cmd.equals("hang")) {
                    Thread.sleep(Long.MAX_VALUE);
                } else if (cmd.equals("oom")) {
                    throw new OutOfMemoryError("scripted");
                } else if (cmd.equals("fail")) {
                    throw new IllegalArgumentException("scripted failure");
                }
                String r = ProcessHandle.current().pid() + " " + start + " " + System.currentTimeMillis();
                return r.getBytes(StandardCharsets.UTF_8);
            }
        };
        System.exit(new WorkerLoop(h, new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out)).run());
    }
}
