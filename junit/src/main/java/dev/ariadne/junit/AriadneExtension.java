package dev.ariadne.junit;

import dev.ariadne.api.Matrix;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.PreconditionViolationException;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The JUnit 5 extension behind {@link ModelCheck}: one test invocation per combination of
 * the constants given (one for none), each checking the model with those constants.
 */
public final class AriadneExtension implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(ModelCheck.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        ModelCheck check = method.getAnnotation(ModelCheck.class);
        List<Map<String, String>> combinations = Matrix.combinations(values(check.constants()));
        boolean matrix = combinations.size() > 1;
        return combinations.stream().map(c -> new CheckInvocation(check, c, matrix));
    }

    /** The {@code NAME=EXPR} strings by name, values in the order given; a malformed one stops the test. */
    static Map<String, List<String>> values(String[] constants) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String c : constants) {
            int eq = c.indexOf('=');
            String name = eq < 0 ? c : c.substring(0, eq).trim();
            if (eq < 0 || !name.matches("[A-Za-z_][A-Za-z0-9_]*") || c.substring(eq + 1).isBlank()) {
                throw new PreconditionViolationException("@ModelCheck constant '" + c + "': expected NAME=EXPR, e.g. N=3");
            }
            values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(c.substring(eq + 1).trim());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((name, vs) -> out.put(name, new ArrayList<>(vs)));
        return out;
    }
}
