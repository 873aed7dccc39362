package io.usiem.parser.panos.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ValueCache;

/**
 * One PAN-OS CSV record as offsets into the line: fields are split on commas, a field in double quotes
 * may hold commas and doubled quotes ({@code "a ""b"", c"}), and a field in braces (Link Switches,
 * {@code {name,tag,type}}) keeps its commas. Values are cut out only when asked for.
 */
final class CsvLine {
    /** PAN-OS 11.1 writes up to ~120 fields; later versions append, and fields past this are ignored. */
    static final int MAX_FIELDS = 160;

    private final String line;
    private final ValueCache values;
    private final int capacity;
    private final int[] starts;
    private final int[] ends;
    /** Per field: quoted with doubled quotes inside, so the value needs unescaping. */
    private final boolean[] escaped;
    private int count;
    private String error;

    CsvLine(String line, int from) {
        this(line, from, null);
    }

    /** @param values reuses the strings of recent lines per column, or null */
    CsvLine(String line, int from, ValueCache values) {
        this.line = line;
        this.values = values;
        int commas = 0;
        for (int k = from; k < line.length(); k++) {
            if (line.charAt(k) == ',') {
                commas++;
            }
        }
        // Commas inside quotes and braces make this an upper bound: the arrays never grow.
        this.capacity = Math.min(commas + 1, MAX_FIELDS);
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.escaped = new boolean[capacity];
        split(from);
    }

    private void split(int i) {
        int n = line.length();
        while (count < capacity) {
            if (i < n && line.charAt(i) == '"') {
                int j = i + 1;
                boolean doubled = false;
                while (true) {
                    j = line.indexOf('"', j);
                    if (j < 0) {
                        error = "unterminated quoted field " + (count + 1);
                        return;
                    }
                    if (j + 1 < n && line.charAt(j + 1) == '"') {
                        doubled = true;
                        j += 2;
                        continue;
                    }
                    break;
                }
                starts[count] = i + 1;
                ends[count] = j;
                escaped[count] = doubled;
                count++;
                i = j + 1;
                if (i >= n) {
                    return;
                }
                if (line.charAt(i) != ',') {
                    error = "text after the closing quote of field " + count;
                    return;
                }
                i++;
                continue;
            }
            int end = i;
            if (i < n && line.charAt(i) == '{') {
                int close = line.indexOf('}', i);
                if (close > 0) {
                    end = close;
                }
            }
            int comma = line.indexOf(',', end);
            int stop = comma < 0 ? n : comma;
            starts[count] = i;
            ends[count] = stop;
            count++;
            if (comma < 0) {
                return;
            }
            i = comma + 1;
        }
    }

    /** @return why the line does not split, or null */
    String error() {
        return error;
    }

    int count() {
        return count;
    }

    boolean isEmpty(int i) {
        return i < 0 || i >= count || starts[i] == ends[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String line() {
        return line;
    }

    /** @return the value of field i, or null when absent or empty */
    String get(int i) {
        if (isEmpty(i)) {
            return null;
        }
        if (escaped[i]) {
            return line.substring(starts[i], ends[i]).replace("\"\"", "\"");
        }
        return values == null ? line.substring(starts[i], ends[i]) : values.get(i, line, starts[i], ends[i]);
    }

    boolean equals(int i, String text) {
        return i < count && ends[i] - starts[i] == text.length() && line.regionMatches(starts[i], text, 0, text.length());
    }

    boolean startsWith(int i, String prefix) {
        return i < count && ends[i] - starts[i] >= prefix.length() && line.startsWith(prefix, starts[i]);
    }

    boolean contains(int i, char c) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (line.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }

    /** @return the field as an address, or null when empty or not an address */
    IpAddress ip(int i) {
        return isEmpty(i) ? null : IpAddress.tryParse(line, starts[i], ends[i]);
    }

    /** @return the field as a non-negative decimal number, or -1 when empty or not a number */
    long number(int i) {
        if (isEmpty(i) || ends[i] - starts[i] > 18) {
            return -1;
        }
        long v = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = line.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
