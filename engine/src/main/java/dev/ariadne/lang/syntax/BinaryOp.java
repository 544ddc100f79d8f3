package dev.ariadne.lang.syntax;

/** The arithmetic and bitwise (or set) operators. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), FLOORDIV("//"), MOD("%"), POW("**"), BITOR("|"), BITAND("&"), BITXOR("^");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written. */
    public String symbol() {
        return symbol;
    }
}
