package dev.ariadne.api;

/** Where workers run: threads of this JVM, or pooled worker JVMs. */
public enum Isolation {
    THREAD, PROCESS
}
