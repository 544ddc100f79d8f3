package dev.ariadne.lang.syntax;

import java.util.List;

/** The temporal formulas of properties the checker knows, by their TLA+ meaning. */
public enum TemporalForm {
    /** {@code []P}: checked on every reachable state, like an invariant. */
    ALWAYS("always"),
    /** {@code <>P}. */
    EVENTUALLY("eventually"),
    /** {@code []<>P}: infinitely often. */
    ALWAYS_EVENTUALLY("always eventually"),
    /** {@code <>[]P}: from some point on, for ever. */
    EVENTUALLY_ALWAYS("eventually always"),
    /** {@code P ~> Q}, that is {@code [](P => <>Q)}. */
    LEADS_TO("leads_to");

    public final String text;

    TemporalForm(String text) {
        this.text = text;
    }

    /** The form of a parsed formula, or null for one the checker does not know. */
    public static TemporalForm of(List<Modality> modalities, boolean leadsTo) {
        if (leadsTo) {
            return modalities.isEmpty() ? LEADS_TO : null;
        }
        return switch (modalities.size()) {
            case 1 -> modalities.get(0) == Modality.ALWAYS ? ALWAYS : EVENTUALLY;
            case 2 -> modalities.get(0) == modalities.get(1) ? null
                    : modalities.get(0) == Modality.ALWAYS ? ALWAYS_EVENTUALLY : EVENTUALLY_ALWAYS;
            default -> null;
        };
    }
}
