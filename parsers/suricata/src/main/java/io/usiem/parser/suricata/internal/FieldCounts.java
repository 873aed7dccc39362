package io.usiem.parser.suricata.internal;

/**
 * How many fields each event type's events got, so a line's field table is allocated once at the size its
 * type needs: a flow has some 30 fields, an alert with its http and flow members 60, and a table sized for
 * one and grown for the other is allocated twice and copied. The type is found by a scan of the raw line
 * before it is parsed (a hint only: a wrong guess costs a growth, never a wrong field).
 *
 * <p>Thread-safe without locks: racing updates lose a count at worst.
 */
final class FieldCounts {
    /** Hashed event types; types sharing a slot share its largest count. */
    private static final int SLOTS = 64;
    private static final String KEY = "\"event_type\"";
    /** Longest type name hashed; Suricata's are at most 12 characters. */
    private static final int MAX_TYPE = 24;

    /** Events of a type after which its count is the largest of those events only. */
    static final int WINDOW = 256;

    private final int[] counts = new int[SLOTS];
    private final int[] windowMax = new int[SLOTS];
    private final int[] windowSeen = new int[SLOTS];
    private final int initial;
    private final int max;

    /** @param initial the count for a type not seen yet @param max the largest count kept (a record of thousands grows) */
    FieldCounts(int initial, int max) {
        this.initial = initial;
        this.max = max;
    }

    /** @return the slot of the line's event type, -1 when the line names none */
    static int slot(String line, int from) {
        int at = line.indexOf(KEY, from);
        if (at < 0) {
            return -1;
        }
        int quote = line.indexOf('"', at + KEY.length());
        if (quote < 0) {
            return -1;
        }
        int h = 0;
        int end = Math.min(line.length(), quote + 1 + MAX_TYPE);
        for (int i = quote + 1; i < end && line.charAt(i) != '"'; i++) {
            h = 31 * h + line.charAt(i);
        }
        return (h ^ (h >>> 8)) & (SLOTS - 1);
    }

    /** @param slot from {@link #slot} @return the fields to expect */
    int expected(int slot) {
        int n = slot < 0 ? 0 : counts[slot];
        return n == 0 ? initial : n;
    }

    /**
     * Remembers an event's field count for its type: a larger one at once (up to the bound). Every
     * {@link #WINDOW} events of a type its count becomes the largest of that window, so one unusually large
     * record (or a hostile line) is forgotten within two windows instead of sizing every later event's table,
     * while the usual spread of a type's sizes keeps its largest (a table sized short is grown, and copied).
     */
    void seen(int slot, int fields) {
        if (slot < 0 || fields > max) {
            return;
        }
        if (fields > counts[slot]) {
            counts[slot] = fields;
        }
        if (fields > windowMax[slot]) {
            windowMax[slot] = fields;
        }
        if (++windowSeen[slot] >= WINDOW) {
            counts[slot] = windowMax[slot];
            windowMax[slot] = 0;
            windowSeen[slot] = 0;
        }
    }
}
