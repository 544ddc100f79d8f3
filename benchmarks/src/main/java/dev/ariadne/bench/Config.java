package dev.ariadne.bench;

/**
 * One configuration of the benchmark: a model checked by one tool with a number of workers
 * (and, for Ariadne, an isolation).
 *
 * @param isolation {@code thread} or {@code process} for Ariadne; null for TLC
 */
public record Config(BenchModel model, Tool tool, String isolation, int workers) {
    /** Which checker runs. */
    public enum Tool { ARIADNE, TLC }

    /** {@code ariadne/thread}, {@code ariadne/process} or {@code tlc}. */
    public String engine() {
        return tool == Tool.TLC ? "tlc" : "ariadne/" + isolation;
    }

    public String key() {
        return model.name() + " " + engine() + " w" + workers;
    }
}
