package dev.ariadne.lang.syntax;

/** The comparison operators, membership and identity tests included. */
public enum CompareOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IN("in"), NOT_IN("not in"), IS("is"), IS_NOT("is not");

    private final String symbol;

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written. */
    public String symbol() {
        return symbol;
    }
}
