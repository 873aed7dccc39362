package io.usiem.parser.windowsdns.internal;

/** Decodes the debug log's length-prefixed names: {@code (12)somecomputer(6)domain(3)com(0)} is somecomputer.domain.com. */
final class QuestionNames {
    private QuestionNames() {
    }

    /** @return the dotted name, "." for the root, or null when the text is not in the (n)label form */
    static String decode(String s, int from, int to) {
        if (from >= to || s.charAt(from) != '(') {
            return null;
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            if (s.charAt(i) != '(') {
                return null;
            }
            int close = s.indexOf(')', i + 1);
            if (close < 0 || close >= to || close - i > 4 || close == i + 1) {
                return null;
            }
            int len = 0;
            for (int k = i + 1; k < close; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    return null;
                }
                len = len * 10 + (c - '0');
            }
            i = close + 1;
            if (len == 0) {
                return i == to ? (sb.length() == 0 ? "." : sb.toString()) : null;
            }
            if (i + len > to) {
                return null;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(s, i, i + len);
            i += len;
        }
        // Some servers cut the trailing (0); the labels read so far are the name.
        return sb.length() == 0 ? null : sb.toString();
    }
}
