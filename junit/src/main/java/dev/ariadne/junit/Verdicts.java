package dev.ariadne.junit;

import dev.ariadne.api.CheckReport;
import dev.ariadne.api.Counterexample;
import org.opentest4j.AssertionFailedError;

import java.util.Locale;

/** Asserts a check's verdict against the one expected, with a message that shows what was found and its trace. */
final class Verdicts {
    private Verdicts() {
    }

    static void assertExpected(ModelCheck check, CheckReport report) {
        String failure = mismatch(check.expect(), check.name(), report);
        if (failure != null) {
            throw new AssertionFailedError(report.summary() + "\n" + failure, report.failure());
        }
    }

    /** What differs from the expected verdict, or null when the report has it. */
    static String mismatch(Expect expect, String name, CheckReport report) {
        String wanted = "expected " + expect.text + (name.isEmpty() ? "" : " ('" + name + "')");
        Counterexample found = report.violation();
        if (report.status() == expect.status && (expect.kind == null || found != null && found.kind() == expect.kind
                && (name.isEmpty() || name.equals(found.name())))) {
            return null;
        }
        if (found != null) {
            return wanted + ", but found:\n\n" + found;
        }
        return switch (report.status()) {
            case OK -> wanted + ", but no violation was found" + String.format(Locale.US,
                    " (%,d distinct states, depth %d)", report.distinctStates(), report.depth());
            case INTERRUPTED -> wanted + ", but the check was interrupted: " + report.failure();
            default -> wanted + ", but the check failed: " + report.failure();
        };
    }
}
