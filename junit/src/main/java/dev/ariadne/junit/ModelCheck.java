package dev.ariadne.junit;

import dev.ariadne.api.Isolation;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test method that checks a model: the check runs before the method, its verdict is
 * asserted against {@link #expect()} (a failure says what was found, with the trace), and
 * the method may take the {@link dev.ariadne.api.CheckReport} to assert more. Several
 * values for one constant make a matrix: one test per combination.
 *
 * <pre>{@code
 * @ModelCheck(value = "examples/peterson.ari", constants = "BROKEN=True",
 *             expect = Expect.INVARIANT_VIOLATED, name = "MutualExclusion")
 * void brokenPetersonLetsBothIn(CheckReport report) {
 *     assertEquals(9, report.violation().states().size());
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(AriadneExtension.class)
public @interface ModelCheck {
    /** The model file, relative to the working directory (a Maven module's directory in its tests). */
    String value();

    /** {@code NAME=EXPR} overrides of the model's constants; several values for one name make a matrix. */
    String[] constants() default {};

    /** The verdict the check must reach. */
    Expect expect() default Expect.NO_VIOLATION;

    /** With {@link Expect#INVARIANT_VIOLATED} or {@link Expect#PROPERTY_VIOLATED}: which one; empty for any. */
    String name() default "";

    /** Checks only these invariants (default: every invariant of the model). */
    String[] invariants() default {};

    /** Checks only these temporal properties (default: every property of the model). */
    String[] properties() default {};

    /** Whether a state where no process can move is a deadlock (default: yes). */
    boolean deadlock() default true;

    /** Does not expand states deeper than this; 0 for no limit. */
    int maxDepth() default 0;

    int workers() default 1;

    Isolation isolation() default Isolation.THREAD;
}
