package dev.ariadne.lang.syntax;

/** The unary arithmetic operators: {@code -x}, {@code +x}, {@code ~x}. */
public enum UnaryOp {
    NEG("-"), POS("+"), INVERT("~");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written. */
    public String symbol() {
        return symbol;
    }
}
