package dev.ariadne.pool;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The framing of the pipe between the pool and a worker process: a type byte, an id (a
 * task id where it matters), a length and that many bytes. Frames are written whole
 * under the writer's lock, so two threads never interleave them.
 */
final class Frames {
    // Coordinator to worker.
    static final byte SETUP = 1;
    static final byte TASK = 2;
    static final byte CANCEL = 3;
    static final byte SHUTDOWN = 4;
    /** How many tasks to run at once (its id): sent once, before any task; a worker runs one until told. */
    static final byte THREADS = 5;
    // Worker to coordinator.
    static final byte READY = 10;
    static final byte RESULT = 11;
    static final byte FAILED = 12;
    static final byte CANCELLED = 13;
    /** The worker starts running a task (what a retry attempt is charged for, and when its time limit starts). */
    static final byte STARTED = 14;
    /** The worker is alive and its JVM runs, sent every {@link #HEARTBEAT_MILLIS}: silence is how a hang shows. */
    static final byte HEARTBEAT = 15;
    /** A line the running task printed (the model's {@code print}), sent before the task's result. */
    static final byte OUTPUT = 16;
    /** The task (its id) whose thread met an error the JVM cannot go on after, sent just before it exits. */
    static final byte FATAL = 17;

    /** How often a worker sends a heartbeat. */
    static final long HEARTBEAT_MILLIS = 1000;

    /** A frame larger than this is taken for a damaged stream. */
    static final int MAX_LENGTH = 1 << 30;

    private Frames() {
    }

    /** One frame read from a stream. */
    record Frame(byte type, long id, byte[] body) {
    }

    static void write(DataOutputStream out, byte type, long id, byte[] body) throws IOException {
        out.writeByte(type);
        out.writeLong(id);
        out.writeInt(body.length);
        out.write(body);
        out.flush();
    }

    /** The next frame, or null at the end of the stream. */
    static Frame read(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        long id = in.readLong();
        int len = in.readInt();
        if (len < 0 || len > MAX_LENGTH) {
            throw new IOException("damaged frame: length " + len);
        }
        byte[] body = new byte[len];
        try {
            in.readFully(body);
        } catch (EOFException e) {
            return null;
        }
        return new Frame((byte) type, id, body);
    }
}
