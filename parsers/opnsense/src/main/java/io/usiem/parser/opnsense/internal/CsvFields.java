package io.usiem.parser.opnsense.internal;

import io.usiem.api.event.IpAddress;
import io.usiem.api.parser.ValueCache;

/**
 * The comma-separated fields of a filterlog body, found in one pass and read in place: a field becomes a
 * String only when the event keeps it as text. filterlog never quotes, so a comma always separates.
 */
final class CsvFields {
    /** Returned by {@link #number(int)} for an empty field. */
    static final long EMPTY = -1;
    /** Returned by {@link #number(int)} for a field that is not a non-negative number. */
    static final long INVALID = -2;
    /** More fields than any filterlog line has (IPv6 options lines are the longest); the rest stays in the last. */
    static final int MAX_FIELDS = 64;

    private final String s;
    /** Reuses the strings of recent lines per column (interfaces, actions, directions repeat), or null. */
    private final ValueCache values;
    /** Room for the fields of nearly every line (IPv4 TCP has 29); grown for the rest. */
    private int[] bounds = new int[64];
    private int count;

    CsvFields(String s, int from) {
        this(s, from, null);
    }

    CsvFields(String s, int from, ValueCache values) {
        this.s = s;
        this.values = values;
        int n = s.length();
        int start = from;
        // One pass over the characters: fields are short, so a plain loop beats an indexOf call per field.
        for (int i = from; i < n; i++) {
            if (s.charAt(i) == ',') {
                if (count == MAX_FIELDS - 1) {
                    break; // the rest stays in the last field
                }
                add(start, i);
                start = i + 1;
            }
        }
        add(start, n);
    }

    private void add(int start, int end) {
        if (count * 2 == bounds.length) {
            bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[count * 2] = start;
        bounds[count * 2 + 1] = end;
        count++;
    }

    /** @return the whole line the fields are in */
    String line() {
        return s;
    }

    int count() {
        return count;
    }

    int start(int k) {
        return bounds[k * 2];
    }

    int end(int k) {
        return bounds[k * 2 + 1];
    }

    boolean empty(int k) {
        return k >= count || start(k) == end(k);
    }

    /** @return the field's text, or null when it is empty or absent */
    String text(int k) {
        if (empty(k)) {
            return null;
        }
        return values == null ? s.substring(start(k), end(k)) : values.get(k, s, start(k), end(k));
    }

    /** @return whether the field is exactly the given text */
    boolean is(int k, String literal) {
        return k < count && end(k) - start(k) == literal.length() && s.startsWith(literal, start(k));
    }

    /** @return the field as a non-negative number (at most 18 digits), {@link #EMPTY} or {@link #INVALID} */
    long number(int k) {
        if (empty(k)) {
            return EMPTY;
        }
        int from = start(k);
        int to = end(k);
        // filterlog pads a few fields with a space ("tstampreply, 4660", "datalength=8 ").
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        return number(s, from, to);
    }

    static long number(String s, int from, int to) {
        if (to - from > 18 || to <= from) {
            return INVALID;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return INVALID;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    /** @return the field as an IP address, or null */
    IpAddress ip(int k) {
        return empty(k) ? null : IpAddress.tryParse(s, start(k), end(k));
    }

    /** @return the text from field k to the end of the line, or null when there is none */
    String rest(int k) {
        if (k >= count) {
            return null;
        }
        int from = start(k);
        int to = s.length();
        while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == ',')) {
            to--;
        }
        return to > from ? s.substring(from, to) : null;
    }
}
