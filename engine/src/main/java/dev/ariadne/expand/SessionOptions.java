package dev.ariadne.expand;

/**
 * What one session of a run chooses (each {@code check} or {@code resume} anew): when it
 * stops, and how often it writes checkpoints and reports progress.
 *
 * @param timeoutMillis    stop (resumably) after this long; 0 for none
 * @param checkpointMillis write a checkpoint this often; 0 for only at the end
 * @param progressMillis   report progress this often; 0 for never
 */
public record SessionOptions(long timeoutMillis, long checkpointMillis, long progressMillis) {
    public static SessionOptions defaults() {
        return new SessionOptions(0, 0, 0);
    }
}
