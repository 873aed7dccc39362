package io.usiem.parser.ciscoasa.internal;

import io.usiem.api.parser.SyslogClock;
import io.usiem.api.parser.SyslogTimestamp;
import io.usiem.api.parser.TextScan;

/**
 * Finds the {@code %ASA-6-302013:} tag (also {@code %FTD-}, {@code %PIX-}, {@code %FWSM-}, with an optional
 * suffix such as {@code %FTD-session-6-...}) and reads what precedes it, in whatever order the device and
 * relays wrote it: PRI, RFC 5424 version, EMBLEM sequence number, timestamps ({@code Jan 05 2024 10:22:01},
 * {@code Jan  5 10:22:01}, RFC 3339, with a leading {@code *} or weekday and a trailing zone name), host
 * names (the first other token, {@code asa01 :} or {@code asa01:}). Mutable, one per line.
 */
final class AsaHeader {
    static final int NOT_FOUND = -1;
    /** A tag prefix it knows was found, but the rest of the tag is malformed. */
    static final int MALFORMED = -2;
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    int priority = -1;
    long timeNanos = SyslogClock.INVALID;
    String hostname;
    /** {@code ASA}, {@code FTD}, {@code PIX} or {@code FWSM}. */
    String product;
    String suffix;
    int severity;
    String messageId;
    int tagStart;
    int bodyStart;
    String malformedReason;

    /**
     * @return the tag's start, {@link #NOT_FOUND}, or {@link #MALFORMED} (see {@link #malformedReason})
     */
    int findTag(String s) {
        int from = 0;
        while (true) {
            int pct = s.indexOf('%', from);
            if (pct < 0) {
                return NOT_FOUND;
            }
            int r = tagAt(s, pct);
            if (r != NOT_FOUND) {
                return r;
            }
            from = pct + 1;
        }
    }

    private int tagAt(String s, int pct) {
        int n = s.length();
        int i = pct + 1;
        String prefix;
        if (s.startsWith("ASA-", i)) {
            prefix = "ASA";
        } else if (s.startsWith("FTD-", i)) {
            prefix = "FTD";
        } else if (s.startsWith("PIX-", i)) {
            prefix = "PIX";
        } else if (s.startsWith("FWSM-", i)) {
            prefix = "FWSM";
        } else {
            return NOT_FOUND;
        }
        i += prefix.length() + 1;
        product = prefix;
        tagStart = pct;
        if (i < n && !TextScan.isDigit(s.charAt(i))) {
            int dash = i;
            while (dash < n && dash - i < 32 && (Character.isLetter(s.charAt(dash)) || s.charAt(dash) == '_')) {
                dash++;
            }
            if (dash == i || dash >= n || s.charAt(dash) != '-') {
                return malformed("the tag's severity is not a digit");
            }
            suffix = s.substring(i, dash);
            i = dash + 1;
        }
        if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '7' || i + 1 >= n || s.charAt(i + 1) != '-') {
            return malformed("the tag's severity is not a digit 0-7");
        }
        severity = s.charAt(i) - '0';
        i += 2;
        int idStart = i;
        while (i < n && TextScan.isDigit(s.charAt(i)) && i - idStart < 8) {
            i++;
        }
        if (i - idStart < 4) {
            return malformed("the tag has no message id");
        }
        messageId = s.substring(idStart, i);
        if (i < n && s.charAt(i) == ':') {
            i++;
        } else if (i < n && s.charAt(i) != ' ') {
            return malformed("the tag's message id is not followed by ':'");
        }
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        bodyStart = i;
        return pct;
    }

    private int malformed(String reason) {
        malformedReason = "malformed %" + product + " tag: " + reason;
        return MALFORMED;
    }

    /** Reads PRI, timestamp and host name from s[0, tagStart). */
    void readHeader(String s, SyslogClock clock, long receivedNanos) {
        int end = tagStart;
        int i = 0;
        if (end > 0 && s.charAt(0) == '<') {
            int pri = 0;
            int k = 1;
            while (k < end && k < 5 && TextScan.isDigit(s.charAt(k))) {
                pri = pri * 10 + s.charAt(k++) - '0';
            }
            if (k > 1 && k < end && s.charAt(k) == '>' && pri <= 191) {
                priority = pri;
                i = k + 1;
            }
        }
        SyslogTimestamp ts = new SyslogTimestamp();
        while (i < end) {
            char c = s.charAt(i);
            if (c == ' ' || c == ':' || c == '*' || c == '.') {
                i++;
                continue;
            }
            if (timeNanos == SyslogClock.INVALID) {
                int after = ts.bsd(s, i, clock, receivedNanos);
                if (after < 0) {
                    after = ts.iso(s, i, clock);
                }
                if (after > 0 && after <= end) {
                    timeNanos = ts.nanos();
                    i = after;
                    continue;
                }
            }
            int tokenEnd = i;
            while (tokenEnd < end && s.charAt(tokenEnd) != ' ') {
                tokenEnd++;
            }
            int last = tokenEnd;
            while (last > i && s.charAt(last - 1) == ':') {
                last--;
            }
            if (hostname == null && last > i && isHostname(s, i, last)) {
                hostname = s.substring(i, last);
            }
            i = tokenEnd;
        }
    }

    /** Not a sequence number, a weekday, a zone name or a nil value. */
    private static boolean isHostname(String s, int from, int to) {
        boolean digitsOnly = true;
        boolean upperOnly = true;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!TextScan.isDigit(c)) {
                digitsOnly = false;
            }
            if (c < 'A' || c > 'Z') {
                upperOnly = false;
            }
            if (c == '<' || c == '>' || c == '[' || c == ']' || c == '"' || c == '=') {
                return false;
            }
        }
        if (digitsOnly || (upperOnly && to - from <= 5) || (to - from == 1 && s.charAt(from) == '-')) {
            return false;
        }
        if (to - from == 3) {
            for (String d : DAYS) {
                if (s.startsWith(d, from)) {
                    return false;
                }
            }
        }
        return true;
    }
}
