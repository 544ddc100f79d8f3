package dev.ariadne.lang.compile;

import dev.ariadne.lang.syntax.TemporalForm;

/**
 * A temporal {@code property}: its form and the codes of its state predicates. A
 * parameterised property is one property per element of its domain, each predicate then
 * taking that element as its one argument.
 *
 * @param predicate the code of {@code P}: the predicate the operators apply to, or the left
 *                  side of {@code leads_to}
 * @param target    the code of {@code Q} in {@code P leads_to Q}, else -1
 * @param domain    the constant code that gives the parameter's values, or -1 without one
 * @param offset    where the property's name stands
 */
public record PropertyInfo(String name, TemporalForm form, int predicate, int target, int domain, int offset) {

    public boolean parameterised() {
        return domain >= 0;
    }
}
