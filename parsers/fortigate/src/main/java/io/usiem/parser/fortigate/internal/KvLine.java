package io.usiem.parser.fortigate.internal;

import io.usiem.api.parser.ValueCache;

import java.util.Arrays;

/**
 * The key=value pairs of one FortiGate line as offsets: keys of name characters, values bare (up to the
 * next separator) or in double quotes with backslash escapes ({@code msg="a \"b\" c"}), possibly empty
 * ({@code key=} or {@code key=""}). Pairs are separated by spaces, or by commas in FortiOS's CSV log format
 * ({@code date=2024-03-13,time=11:41:28,...}), decided after the first pair. Values are cut out only when
 * asked for.
 */
final class KvLine {
    private final String line;
    /** Per pair: key start, key end, value start, value end, 1 when the value holds escapes. */
    private int[] at;
    /** The known key of each pair, filled by {@link FortiGateMapper#index}. */
    Key[] keys;
    /** Reuses the strings of recent lines per known key (interfaces, policies, devices repeat), or null. */
    ValueCache values;
    private int count;
    private String error;
    private int junk;

    KvLine(String line, int from) {
        this.line = line;
        int equals = 0;
        for (int k = from; k < line.length(); k++) {
            if (line.charAt(k) == '=') {
                equals++;
            }
        }
        // Sized for the line's pairs; a hostile line of '=' grows the table instead of allocating it whole.
        this.at = new int[5 * Math.max(1, Math.min(equals, 128))];
        scan(from);
    }

    private void scan(int i) {
        int n = line.length();
        char sep = ' ';
        while (true) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == sep)) {
                i++;
            }
            if (i >= n) {
                return;
            }
            int keyStart = i;
            while (i < n && isKeyChar(line.charAt(i))) {
                i++;
            }
            if (i == keyStart || i >= n || line.charAt(i) != '=') {
                junk++; // not a pair: skip the token
                while (i < n && line.charAt(i) != ' ' && line.charAt(i) != sep) {
                    i++;
                }
                continue;
            }
            int keyEnd = i++;
            int valueStart;
            int valueEnd;
            int escaped = 0;
            if (i < n && line.charAt(i) == '"') {
                valueStart = ++i;
                while (i < n && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < n) {
                        escaped = 1;
                        i++;
                    }
                    i++;
                }
                if (i >= n) {
                    error = "unterminated quoted value of " + line.substring(keyStart, keyEnd);
                    return;
                }
                valueEnd = i++;
                if (count == 0 && i < n && line.charAt(i) == ',') {
                    sep = ',';
                }
                while (i < n && line.charAt(i) != ' ' && line.charAt(i) != sep) {
                    i++; // text glued to the closing quote is dropped
                }
            } else {
                valueStart = i;
                while (i < n && line.charAt(i) != ' ' && line.charAt(i) != sep) {
                    if (count == 0 && line.charAt(i) == ',' && isPairAhead(i + 1)) {
                        sep = ',';
                        break;
                    }
                    i++;
                }
                valueEnd = i;
            }
            if (5 * count == at.length) {
                at = Arrays.copyOf(at, at.length * 2);
            }
            int p = 5 * count++;
            at[p] = keyStart;
            at[p + 1] = keyEnd;
            at[p + 2] = valueStart;
            at[p + 3] = valueEnd;
            at[p + 4] = escaped;
        }
    }

    /** @return whether a key and '=' start at i (a comma before it then separates pairs) */
    private boolean isPairAhead(int i) {
        int k = i;
        while (k < line.length() && isKeyChar(line.charAt(k))) {
            k++;
        }
        return k > i && k < line.length() && line.charAt(k) == '=';
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    String error() {
        return error;
    }

    int count() {
        return count;
    }

    /** @return tokens that were not pairs */
    int junk() {
        return junk;
    }

    String line() {
        return line;
    }

    int keyStart(int i) {
        return at[5 * i];
    }

    int keyEnd(int i) {
        return at[5 * i + 1];
    }

    int valueStart(int i) {
        return at[5 * i + 2];
    }

    int valueEnd(int i) {
        return at[5 * i + 3];
    }

    boolean isEmpty(int i) {
        return at[5 * i + 2] == at[5 * i + 3];
    }

    String key(int i) {
        return line.substring(at[5 * i], at[5 * i + 1]);
    }

    /** @return the value, unescaped; empty when the value is empty */
    String value(int i) {
        if (at[5 * i + 4] == 0 && values != null && keys != null && keys[i] != Key.unknown) {
            return values.get(keys[i].ordinal(), line, at[5 * i + 2], at[5 * i + 3]);
        }
        String v = line.substring(at[5 * i + 2], at[5 * i + 3]);
        if (at[5 * i + 4] == 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '\\' && k + 1 < v.length()) {
                c = v.charAt(++k);
            }
            sb.append(c);
        }
        return sb.toString();
    }

    boolean valueEquals(int i, String text) {
        int len = valueEnd(i) - valueStart(i);
        return len == text.length() && line.regionMatches(valueStart(i), text, 0, len);
    }

    /** @return the value as a non-negative decimal (nanosecond epochs have 19 digits), or -1 */
    long number(int i) {
        int s = valueStart(i);
        int e = valueEnd(i);
        if (s == e || e - s > 19) {
            return -1;
        }
        long v = 0;
        for (int k = s; k < e; k++) {
            char c = line.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v < 0 ? -1 : v; // 19 digits above Long.MAX_VALUE wrap negative
    }
}
