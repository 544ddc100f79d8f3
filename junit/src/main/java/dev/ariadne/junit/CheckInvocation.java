package dev.ariadne.junit;

import dev.ariadne.api.Ariadne;
import dev.ariadne.api.CheckBuilder;
import dev.ariadne.api.CheckReport;
import dev.ariadne.api.Matrix;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One test of a {@link ModelCheck}: the check with one combination of constants, run once
 * before the method, its verdict asserted, and its report given to the method if it asks.
 */
final class CheckInvocation implements TestTemplateInvocationContext, ParameterResolver, InvocationInterceptor {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CheckInvocation.class);

    private final ModelCheck check;
    private final Map<String, String> constants;
    private final boolean inMatrix;

    CheckInvocation(ModelCheck check, Map<String, String> constants, boolean inMatrix) {
        this.check = check;
        this.constants = constants;
        this.inMatrix = inMatrix;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        String label = Matrix.label(constants);
        return inMatrix || !label.isEmpty() ? "[" + label + "]" : check.value();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(this);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CheckReport.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return report(context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        Verdicts.assertExpected(check, report(context));
        invocation.proceed();
    }

    /** The check's report, run once per test invocation. */
    private CheckReport report(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("report", k -> run(), CheckReport.class);
    }

    private CheckReport run() {
        CheckBuilder b = Ariadne.check(Path.of(check.value())).workers(check.workers()).isolation(check.isolation())
                .deadlock(check.deadlock());
        constants.forEach(b::constant);
        if (check.maxDepth() > 0) {
            b.maxDepth(check.maxDepth());
        }
        if (check.invariants().length > 0) {
            b.invariants(check.invariants());
        }
        if (check.properties().length > 0) {
            b.properties(check.properties());
        }
        return b.run();
    }
}
