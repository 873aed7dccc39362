package io.usiem.api.parser;

/**
 * Allocation-free scans of numbers in log text, for parsers' hot paths. Every method returns -1 for text
 * that is not what it reads, never throws for an index inside the text.
 *
 * @since 1.1
 */
public final class TextScan {
    private TextScan() {
    }

    /** @return whether c is an ASCII digit */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return the value of count (at least 1) ASCII digits at i, or -1 when one is not a digit or the text ends */
    public static int digits(String s, int i, int count) {
        if (i < 0 || count <= 0 || i + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + count; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    /** @return the non-negative decimal number in s[from, to) (at most 18 digits), or -1 */
    public static long number(String s, int from, int to) {
        if (to <= from || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    /**
     * @param nanosPerUnit nanoseconds in one unit of the number (1_000_000_000 for seconds)
     * @return nanoseconds of a non-negative decimal number of units in s[from, to) ({@code 0.123}), or -1
     */
    public static long decimal(String s, int from, int to, long nanosPerUnit) {
        int dot = s.indexOf('.', from);
        if (dot < 0 || dot >= to) {
            long v = number(s, from, to);
            return v < 0 ? -1 : v * nanosPerUnit;
        }
        long whole = dot == from ? 0 : number(s, from, dot);
        if (whole < 0) {
            return -1;
        }
        long frac = 0;
        long scale = nanosPerUnit;
        for (int k = dot + 1; k < to; k++) {
            char c = s.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            scale /= 10;
            frac += (c - '0') * scale;
        }
        return whole * nanosPerUnit + frac;
    }
}
