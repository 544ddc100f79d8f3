package dev.ariadne.result;

/**
 * What a run says about one property instance.
 *
 * @param name    {@code Name} or {@code Name(arg)}
 * @param formula its temporal form ({@code always eventually}, {@code leads_to}, ...)
 * @param note    why it was not checked, or a caveat on its verdict; null for none
 */
public record PropertyVerdict(String name, String formula, Verdict verdict, String note) {
    /** Holds, violated, or not checked (with a reason in {@code note}). */
    public enum Verdict {
        HOLDS("holds"), VIOLATED("violated"), NOT_CHECKED("not checked");

        public final String label;

        Verdict(String label) {
            this.label = label;
        }
    }
}
