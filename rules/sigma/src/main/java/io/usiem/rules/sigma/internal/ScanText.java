package io.usiem.rules.sigma.internal;

import java.util.List;

import io.usiem.api.event.Event;
import io.usiem.api.event.Field;
import io.usiem.api.event.FieldVisitor;
import io.usiem.api.event.IpAddress;

/**
 * The text a scanner reads, in reused arrays: one value, or for a keyword scan all of an event's values.
 * Characters for a scanner that reads characters, Latin-1 bytes for one that reads those
 * ({@link PatternScanner#latin1()}). Not thread-safe: each per-thread {@link EventView} has one.
 */
final class ScanText {
    /**
     * Ends each value in the text a keyword scan reads: no pattern contains it (rule texts do not carry this
     * noncharacter), so no pattern is found across two values.
     */
    static final char SEPARATOR = '\uFFFF';
    /** Values at least this long are scanned once per event however many fields hold that same string (ECS copies). */
    private static final int SHARED_FROM = 16;
    /** Values at least this long are also compared by content with those already in the text (parsers' ECS copies). */
    private static final int EQUAL_FROM = 128;
    private final String[] scanned = new String[32];
    private int scannedCount;
    /** The text a scanner reads (one value, or all of an event's values for a keyword scan): characters ... */
    private char[] chars = new char[4096];
    /** ... or Latin-1 bytes for a scanner that reads those (see {@link PatternScanner#latin1()}). */
    private byte[] bytes = new byte[4096];
    private int textLength;
    private boolean latin1;
    private int scanMin;
    private boolean scanNumbers;
    private final FieldVisitor collector = new FieldVisitor() {
        @Override
        public void text(Field f, String value) {
            collect(value);
        }

        @Override
        public void ip(Field f, IpAddress value) {
            if (scanNumbers) {
                append(value.toString(), true);
            }
        }

        @Override
        public void longValue(Field f, long value) {
            if (scanNumbers) {
                append(Long.toString(value), true);
            }
        }

        @Override
        public void list(Field f, List<String> values) {
            for (int i = 0, n = values.size(); i < n; i++) {
                collect(values.get(i));
            }
        }
    };

    /**
     * Scans one value with a scanner, the value copied into a reused array (array reads are cheaper than
     * {@link String#charAt} in the scanners' loops); an anchored index reads the string itself.
     */
    void mark(PatternScanner s, String value, long[] bits) {
        int n = value.length();
        if (s.anchored()) {
            s.mark(value, bits);
        } else if (n >= s.minLength()) {
            latin1 = s.latin1();
            textLength = 0;
            append(value, false);
            scan(s, bits);
        }
    }

    /**
     * The keyword prefilter's scan: every value of the event (as {@link EventView#forEachValue}), each followed by
     * {@link #SEPARATOR}, in one text read by the scanner at once (a long text keeps its four cursors busy,
     * and short values cost no call each); a string several fields share (the same instance, or for a long
     * one an equal copy) once, values shorter than any pattern left out.
     *
     * @param event the event
     * @param all the event's values if a keyword test already listed them, else null
     * @param s the keyword scanner
     * @param bits the rule bits it marks
     */
    void scanValues(Event event, String[] all, PatternScanner s, long[] bits) {
        scanMin = s.minLength();
        scanNumbers = s.matchesNumbers();
        latin1 = s.latin1();
        scannedCount = 0;
        textLength = 0;
        if (all != null) {
            for (String v : all) {
                collect(v);
            }
        } else if (event.fieldCount() == 0) {
            if (event.raw() != null) {
                append(event.raw(), true);
            }
        } else {
            event.forEach(collector);
        }
        java.util.Arrays.fill(scanned, 0, scannedCount, null);
        scan(s, bits);
    }

    private void scan(PatternScanner s, long[] bits) {
        if (latin1) {
            s.mark(bytes, textLength, bits);
        } else {
            s.mark(chars, textLength, bits);
        }
    }

    private void collect(String v) {
        int n = v.length();
        if (n < scanMin) {
            return;
        }
        if (n >= SHARED_FROM) {
            String[] seen = scanned;
            for (int i = 0, k = scannedCount; i < k; i++) {
                // The same instance, or (a long value, where comparing is far cheaper than scanning) an equal copy.
                if (seen[i] == v || (n >= EQUAL_FROM && seen[i].length() == n && seen[i].equals(v))) {
                    return;
                }
            }
            if (scannedCount < seen.length) {
                seen[scannedCount++] = v;
            }
        }
        append(v, true);
    }

    /** Appends a value to the text in the scanner's representation, and the separator after it if asked. */
    private void append(String v, boolean separate) {
        int n = v.length();
        // Room for the separator and the bytes a four-byte load reads past the end.
        int need = textLength + n + 1 + SkipScanner.SLACK;
        if (latin1) {
            if (need > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(2 * bytes.length, need));
            }
            SkipScanner.latin1(v, bytes, textLength);
            textLength += n;
            if (separate) {
                bytes[textLength++] = (byte) SEPARATOR;
            }
        } else {
            if (need > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, need));
            }
            v.getChars(0, n, chars, textLength);
            textLength += n;
            if (separate) {
                chars[textLength++] = SEPARATOR;
            }
        }
    }
}
