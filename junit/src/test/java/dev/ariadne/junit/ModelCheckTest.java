package dev.ariadne.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** The extension run by the real JUnit Jupiter engine over {@link PetersonChecks}, through the Platform's test kit. */
class ModelCheckTest {
    private static final Events EVENTS = EngineTestKit.engine("junit-jupiter").selectors(selectClass(PetersonChecks.class))
            .execute().testEvents();

    /** Each finished test: its method and display name, to its result. */
    private static Map<String, Event> finished() {
        Map<String, Event> out = new TreeMap<>();
        for (Event e : EVENTS.finished().list()) {
            String method = e.getTestDescriptor().getUniqueId().getSegments().stream()
                    .filter(s -> s.getType().equals("test-template")).findFirst().orElseThrow().getValue();
            out.put(method.substring(0, method.indexOf('(')) + " " + e.getTestDescriptor().getDisplayName(), e);
        }
        return out;
    }

    private static String outcome(String key) {
        Event e = finished().get(key);
        return e == null ? "absent" : e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getStatus().name();
    }

    private static String failureMessage(String key) {
        return finished().get(key).getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow().getMessage();
    }

    @Test
    void everyCheckBecomesOneTestAndAMatrixOnePerCombination() {
        assertEquals(List.of("brokenPetersonExpectedToHold [BROKEN=True]", "brokenPetersonLetsBothIn [BROKEN=True]", "correctPetersonExpectedToFail ../examples/peterson.ari",
                "correctPetersonHolds ../examples/peterson.ari", "filterLockMatrix [N=2]", "filterLockMatrix [N=3]"),
                List.copyOf(finished().keySet()));
    }

    @Test
    void aModelThatHoldsPassesAndItsReportReachesTheMethod() {
        assertEquals("SUCCESSFUL", outcome("correctPetersonHolds ../examples/peterson.ari"));
    }

    @Test
    void anExpectedViolationPasses() {
        assertEquals("SUCCESSFUL", outcome("brokenPetersonLetsBothIn [BROKEN=True]"));
    }

    @Test
    void anUnexpectedViolationFailsWithItsTrace() {
        assertEquals("FAILED", outcome("brokenPetersonExpectedToHold [BROKEN=True]"));
        String message = failureMessage("brokenPetersonExpectedToHold [BROKEN=True]");
        assertTrue(message.startsWith("../examples/peterson.ari (BROKEN=True): violation"), message);
        assertTrue(message.contains("expected no violation, but found:\n\nInvariant MutualExclusion is violated"),
                message);
        assertTrue(message.contains("Trace (9 states):\n  1. Init  ["), message);
        assertTrue(message.contains("  9. P(0) at Wait (../examples/peterson.ari:39:9)  ["), message);
        assertTrue(message.endsWith("]\n      P(0): Wait -> Critical\n"), message);
    }

    @Test
    void anExpectedViolationNotFoundFailsSayingSo() {
        assertEquals("FAILED", outcome("correctPetersonExpectedToFail ../examples/peterson.ari"));
        assertTrue(failureMessage("correctPetersonExpectedToFail ../examples/peterson.ari").contains(
                "expected an invariant violated ('MutualExclusion'), but no violation was found"
                        + " (42 distinct states, depth 11)"));
    }

    @Test
    void aMatrixRunsEachCombination() {
        assertEquals("SUCCESSFUL", outcome("filterLockMatrix [N=2]"));
        assertEquals("SUCCESSFUL", outcome("filterLockMatrix [N=3]"));
    }
}
