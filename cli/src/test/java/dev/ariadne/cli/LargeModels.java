package dev.ariadne.cli;

/** Pieces of the models whose states and violation messages are large (the store's side files), shared by their tests. */
final class LargeModels {
    private LargeModels() {
    }

    /** {@code Grow} (over {@code var lists}): up to {@code n} lists of 150,000 ints, about 600 KiB of state each. */
    static String grow(int n) {
        return """
                action Grow:
                    await len(lists) < %d
                    lists = lists + [list(range(150000))]
                """.formatted(n);
    }

    /** {@code Inc} (over {@code var i}) up to {@code n}, and {@code Boom}: an assertion failing with about 110 KB of message once i > 0. */
    static String incAndBoom(int n) {
        return """
                action Inc:
                    await i < %d
                    i += 1

                action Boom:
                    await i > 0
                    assert False, str(list(range(20000)))
                """.formatted(n);
    }
}
