package dev.ariadne.lang.compile;

import dev.ariadne.lang.syntax.Fairness;

import java.util.List;

/**
 * A {@code process} declaration. Its code runs the {@code var} initialisers up to the
 * first label when an instance is created, then one step from label to label.
 *
 * @param fairness  how each instance's steps are fair (liveness)
 * @param selfSlot  the local slot of the instance parameter, or -1 for a single instance
 * @param varNames  the process {@code var}s, shown in traces
 * @param varSlots  their local slots
 * @param labels    every label, in source order; {@code labels.get(i)} is {@code LABEL<i>}
 */
public record ProcessInfo(String name, Fairness fairness, int code, String selfName, int selfSlot,
                          List<String> varNames, int[] varSlots, List<LabelInfo> labels, int offset) {
}
