package io.usiem.connector.sysloginput.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * Reads the common syslog headers: RFC 5424 ({@code <PRI>1 TIME HOST APP PROCID MSGID SD [BOM]MSG}) and RFC 3164
 * ({@code <PRI>Mmm dd hh:mm:ss [HOST] TAG[PID]: MSG}, or an ISO time in place of the BSD one). Deliberately small:
 * a header it does not recognise is left whole to the parsers, which know the variants (it then returns null and
 * the input sets no header field at all, so a parser reads the line as if no input had looked at it).
 */
final class SyslogHeaderReader {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final long NANOS = 1_000_000_000L;
    /** A BSD time more than this ahead of reception was sent last year (no year in the header). */
    private static final long FUTURE_SLACK_NANOS = 86_400L * NANOS;

    private final ZoneId zone;

    SyslogHeaderReader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param s the message
     * @param receivedNanos when it arrived, to infer the year of a BSD time
     * @return the header, or null when the message has none this reader recognises
     */
    @Nullable SyslogHeader read(String s, long receivedNanos) {
        int n = s.length();
        if (n < 3 || s.charAt(0) != '<') {
            return null;
        }
        int pri = 0;
        int i = 1;
        while (i < n && i <= 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            pri = pri * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == 1 || i > 4 || i >= n || s.charAt(i) != '>' || pri > 191) {
            return null;
        }
        i++;
        if (s.startsWith("1 ", i)) {
            return read5424(s, pri, i + 2);
        }
        return read3164(s, pri, i, receivedNanos);
    }

    private static @Nullable SyslogHeader read5424(String s, int pri, int i) {
        String[] t = new String[5]; // TIMESTAMP HOSTNAME APP-NAME PROCID MSGID
        int timeStart = i;
        int timeEnd = -1;
        for (int k = 0; k < 5; k++) {
            int sp = s.indexOf(' ', i);
            if (sp <= i) {
                return null;
            }
            if (k == 0) {
                timeEnd = sp; // read in place below: the common shape needs no substring
            } else {
                t[k] = s.substring(i, sp);
            }
            i = sp + 1;
        }
        long nanos = 0;
        if (timeEnd - timeStart != 1 || s.charAt(timeStart) != '-') {
            nanos = Rfc3339.parse(s, timeStart, timeEnd);
            if (nanos == Rfc3339.NOT_FAST) {
                try {
                    OffsetDateTime time = OffsetDateTime.parse(s.substring(timeStart, timeEnd));
                    nanos = time.toEpochSecond() * NANOS + time.getNano();
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        int body = skipStructuredData(s, i);
        if (body < 0) {
            return null;
        }
        if (body < s.length() && s.charAt(body) == ' ') {
            body++;
        }
        if (body < s.length() && s.charAt(body) == '\uFEFF') {
            body++;
        }
        return new SyslogHeader(pri, "1", nanos, nil(t[1]), nil(t[2]), nil(t[3]), nil(t[4]), body);
    }

    /** @return the index after the structured data ({@code -} or SD elements), or -1 when it is malformed */
    private static int skipStructuredData(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            return i + 1;
        }
        if (i >= n || s.charAt(i) != '[') {
            return -1;
        }
        boolean inValue = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (inValue) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inValue = false;
                }
            } else if (c == '"') {
                inValue = true;
            } else if (c == ']' && (i + 1 >= n || s.charAt(i + 1) != '[')) {
                return i + 1;
            }
        }
        return -1;
    }

    private @Nullable SyslogHeader read3164(String s, int pri, int i, long receivedNanos) {
        long nanos;
        int afterTime;
        if (s.length() >= i + 15 && s.charAt(i + 3) == ' ' && MONTHS.indexOf(s.substring(i, i + 3)) % 3 == 0) {
            nanos = bsdTime(s, i, receivedNanos);
            afterTime = i + 15;
        } else {
            int sp = s.indexOf(' ', i);
            if (sp < 0) {
                return null;
            }
            nanos = isoTime(s.substring(i, sp));
            if (nanos == 0) {
                return null;
            }
            afterTime = sp;
        }
        if (nanos == 0 || afterTime >= s.length() || s.charAt(afterTime) != ' ') {
            return null;
        }
        int first = afterTime + 1;
        int sp = s.indexOf(' ', first);
        if (sp <= first) {
            return null;
        }
        String host = null;
        int tagStart = first;
        // No hostname when the first word is already the tag (app: or app[pid]:).
        if (s.charAt(sp - 1) != ':') {
            host = s.substring(first, sp);
            tagStart = sp + 1;
            sp = s.indexOf(' ', tagStart);
        }
        if (sp <= tagStart || s.charAt(sp - 1) != ':') {
            // A host and no tag: the body follows the host.
            return host == null ? null : new SyslogHeader(pri, null, nanos, host, null, null, null, tagStart);
        }
        String tag = s.substring(tagStart, sp - 1);
        String app = tag;
        String pid = null;
        int open = tag.indexOf('[');
        if (open > 0 && tag.endsWith("]")) {
            app = tag.substring(0, open);
            pid = tag.substring(open + 1, tag.length() - 1);
        }
        return new SyslogHeader(pri, null, nanos, host, app, pid, null, sp + 1);
    }

    /**
     * @return the time of an ISO-8601 timestamp, with an offset or without one (syslog-ng's loggen and many devices
     *     send {@code 2026-11-29T23:39:37}; it is then in this reader's zone), or 0 if invalid
     */
    private long isoTime(String text) {
        long fast = Rfc3339.parse(text, 0, text.length());
        if (fast != Rfc3339.NOT_FAST) {
            return fast;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text);
            return time.toEpochSecond() * NANOS + time.getNano();
        } catch (DateTimeParseException withoutOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(text);
                return toNanos(local) + local.getNano();
            } catch (DateTimeParseException e) {
                return 0;
            }
        }
    }

    /** @return the time of {@code Mmm dd hh:mm:ss} in this reader's zone and the year of reception, or 0 if invalid */
    private long bsdTime(String s, int i, long receivedNanos) {
        try {
            int month = MONTHS.indexOf(s.substring(i, i + 3)) / 3 + 1;
            int day = Integer.parseInt(s.substring(i + 4, i + 6).trim());
            if (s.charAt(i + 9) != ':' || s.charAt(i + 12) != ':') {
                return 0;
            }
            int hour = Integer.parseInt(s.substring(i + 7, i + 9));
            int minute = Integer.parseInt(s.substring(i + 10, i + 12));
            int second = Integer.parseInt(s.substring(i + 13, i + 15));
            int year = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(receivedNanos / NANOS), zone).getYear();
            long nanos = toNanos(LocalDateTime.of(year, month, day, hour, minute, second));
            return nanos - receivedNanos > FUTURE_SLACK_NANOS
                    ? toNanos(LocalDateTime.of(year - 1, month, day, hour, minute, second)) : nanos;
        } catch (NumberFormatException | DateTimeException e) {
            return 0;
        }
    }

    private long toNanos(LocalDateTime t) {
        return t.atZone(zone).toEpochSecond() * NANOS;
    }

    private static @Nullable String nil(String token) {
        return "-".equals(token) ? null : token;
    }
}
