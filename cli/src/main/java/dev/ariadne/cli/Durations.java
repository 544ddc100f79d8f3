package dev.ariadne.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations such as {@code 30s}, {@code 10m}, {@code 2h} or {@code 1h30m}, and formats elapsed times. */
final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private Durations() {
    }

    /** Milliseconds of a duration made of parts {@code <number><unit>}, units ms, s, m, h, d. */
    static long parseMillis(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(t);
        long total = 0;
        int at = 0;
        while (at < t.length() && m.find(at) && m.start() == at) {
            long n = Long.parseLong(m.group(1));
            total += n * switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m" -> 60_000L;
                case "h" -> 3_600_000L;
                default -> 86_400_000L;
            };
            at = m.end();
        }
        if (t.isEmpty() || at != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (examples: 30s, 10m, 2h, 1h30m)");
        }
        if (total <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration");
        }
        return total;
    }

    /** An elapsed time for people: {@code 0.18 s}, {@code 12.3 s}, {@code 4m05s}, {@code 2h03m}. */
    static String format(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.US, "%.2f s", seconds);
        }
        if (seconds < 60) {
            return String.format(Locale.US, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.US, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.US, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60);
    }

    /** A duration as {@code --timeout} takes it: {@code 30s}, {@code 1h30m}, {@code 500ms}. */
    static String formatLimit(long millis) {
        StringBuilder b = new StringBuilder();
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        String[] units = {"d", "h", "m", "s", "ms"};
        long left = millis;
        for (int i = 0; i < sizes.length; i++) {
            if (left >= sizes[i]) {
                b.append(left / sizes[i]).append(units[i]);
                left %= sizes[i];
            }
        }
        return b.length() == 0 ? "0s" : b.toString();
    }
}
