package dev.ariadne.pool;

/**
 * How the process pool puts tasks on the wire and reads results back: the coordinator's
 * half of the protocol that a worker's {@link RemoteHandler} speaks on the other side.
 */
public interface TaskCodec {
    byte[] encodeTask(Task task);

    Object decodeResult(Task task, byte[] result);
}
