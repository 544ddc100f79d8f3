package dev.ariadne.vm;

import dev.ariadne.value.Value;

/**
 * One process instance of a state: its declaration, its {@code self} and its frame
 * paused at a label (or {@link Frame#DONE}). Treated as immutable once in a state: a
 * step works on a copy of the frame.
 */
public record Proc(int decl, Value self, Frame frame) {
}
