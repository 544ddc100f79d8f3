package dev.ariadne.pool;

/**
 * How the process pool puts tasks on the wire and reads results back: the coordinator's
 * half of the protocol that a worker's {@link RemoteHandler} speaks on the other side.
 */
public interface TaskCodec<T, R> {
    byte[] encodeTask(Task<T> task);

    R decodeResult(Task<T> task, byte[] result);
}
