package io.usiem.parser.syslog.internal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the syslog header of a line: RFC 5424 ({@code <PRI>1 TIMESTAMP HOST APP PROCID MSGID SD MSG})
 * and RFC 3164 with the variants found in the wild: with or without PRI, BSD timestamps with or
 * without year and fraction, ISO-8601 timestamps, with or without hostname, tags with or without PID.
 */
final class SyslogHeaderParser {
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private final ZoneId zone;

    SyslogHeaderParser(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param s the line
     * @param receivedNanos received time, to infer the year of a BSD timestamp
     * @param h receives the header
     * @return null when fine, or the reason the header is malformed
     */
    String parse(String s, long receivedNanos, SyslogHeader h) {
        int i = 0;
        int n = s.length();
        if (n > 0 && s.charAt(0) == '<') {
            int close = s.indexOf('>', 1);
            if (close < 0 || close > 4) {
                return "invalid syslog PRI: no '>' within 3 digits";
            }
            int pri = 0;
            for (int k = 1; k < close; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    return "invalid syslog PRI: not a number";
                }
                pri = pri * 10 + (c - '0');
            }
            if (close == 1 || pri > 191) {
                return "invalid syslog PRI " + s.substring(0, close + 1) + ": must be 0-191";
            }
            h.priority = pri;
            i = close + 1;
            if (i + 1 < n && s.charAt(i) == '1' && s.charAt(i + 1) == ' ') {
                return parse5424(s, i + 2, h);
            }
        }
        i = skipSpaces(s, i);
        int afterTime = parseTimestamp(s, i, receivedNanos, h);
        if (afterTime < 0) {
            h.bodyStart = i;
            return null;
        }
        i = skipSpaces(s, afterTime);
        parseHostAndTag(s, i, h);
        return null;
    }

    private String parse5424(String s, int i, SyslogHeader h) {
        h.version = "1";
        String[] tokens = new String[5];
        for (int t = 0; t < 5; t++) {
            int sp = s.indexOf(' ', i);
            if (sp < 0) {
                if (t == 4) {
                    tokens[t] = s.substring(i);
                    i = s.length();
                    break;
                }
                return "truncated RFC 5424 header: missing " + new String[] {"hostname", "app-name", "procid", "msgid"}[t];
            }
            tokens[t] = s.substring(i, sp);
            i = sp + 1;
        }
        if (!"-".equals(tokens[0])) {
            try {
                OffsetDateTime t = OffsetDateTime.parse(tokens[0]);
                h.timeNanos = t.toEpochSecond() * 1_000_000_000L + t.getNano();
            } catch (DateTimeParseException e) {
                return "invalid RFC 5424 timestamp '" + tokens[0] + "'";
            }
        }
        h.hostname = nil(tokens[1]);
        h.appName = nil(tokens[2]);
        h.procId = nil(tokens[3]);
        h.msgId = nil(tokens[4]);
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        } else if (i < n && s.charAt(i) == '[') {
            int end = parseStructuredData(s, i, h);
            if (end < 0) {
                return "malformed RFC 5424 structured data";
            }
            i = end;
        }
        if (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i < n && s.charAt(i) == '\uFEFF') {
            i++;
        }
        h.bodyStart = i;
        return null;
    }

    /** @return the index after the last SD element, or -1 when malformed */
    private static int parseStructuredData(String s, int i, SyslogHeader h) {
        int n = s.length();
        while (i < n && s.charAt(i) == '[') {
            int j = i + 1;
            while (j < n && s.charAt(j) != ' ' && s.charAt(j) != ']') {
                j++;
            }
            if (j >= n) {
                return -1;
            }
            String id = s.substring(i + 1, j);
            while (j < n && s.charAt(j) == ' ') {
                int eq = s.indexOf('=', j + 1);
                if (eq < 0 || eq + 1 >= n || s.charAt(eq + 1) != '"') {
                    return -1;
                }
                String name = s.substring(j + 1, eq);
                StringBuilder value = new StringBuilder();
                int k = eq + 2;
                for (; k < n; k++) {
                    char c = s.charAt(k);
                    if (c == '\\' && k + 1 < n && (s.charAt(k + 1) == '"' || s.charAt(k + 1) == '\\' || s.charAt(k + 1) == ']')) {
                        value.append(s.charAt(++k));
                    } else if (c == '"') {
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (k >= n) {
                    return -1;
                }
                h.structuredData.add(new String[] {id + "." + name, value.toString()});
                j = k + 1;
            }
            if (j >= n || s.charAt(j) != ']') {
                return -1;
            }
            i = j + 1;
        }
        return i;
    }

    /** @return the index after the timestamp, or -1 when there is none */
    private int parseTimestamp(String s, int i, long receivedNanos, SyslogHeader h) {
        int n = s.length();
        if (i < n && s.charAt(i) == '*') {
            i++; // Cisco marks an unsynchronised clock with a leading star
        }
        if (i + 3 <= n) {
            int month = MONTHS.indexOf(s.substring(i, i + 3));
            if (month >= 0 && month % 3 == 0) {
                return parseBsd(s, i + 3, month / 3 + 1, receivedNanos, h);
            }
        }
        if (i + 19 <= n && Character.isDigit(s.charAt(i)) && s.charAt(i + 4) == '-' && s.charAt(i + 10) == 'T') {
            int end = s.indexOf(' ', i);
            String text = end < 0 ? s.substring(i) : s.substring(i, end);
            try {
                if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                    OffsetDateTime t = OffsetDateTime.parse(text.matches(".*[+-]\\d{4}$")
                            ? text.substring(0, text.length() - 2) + ":" + text.substring(text.length() - 2) : text);
                    h.timeNanos = t.toEpochSecond() * 1_000_000_000L + t.getNano();
                } else {
                    h.timeNanos = nanos(LocalDateTime.parse(text).atZone(zone));
                }
                return end < 0 ? n : end;
            } catch (DateTimeException e) {
                return -1;
            }
        }
        return -1;
    }

    private int parseBsd(String s, int i, int month, long receivedNanos, SyslogHeader h) {
        int n = s.length();
        i = skipSpaces(s, i);
        int day = 0;
        int d = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && d < 2) {
            day = day * 10 + (s.charAt(i++) - '0');
            d++;
        }
        if (d == 0 || i >= n || s.charAt(i) != ' ') {
            return -1;
        }
        i++;
        int year = -1;
        if (i + 5 <= n && s.charAt(i + 4) == ' ' && allDigits(s, i, i + 4)) {
            year = Integer.parseInt(s.substring(i, i + 4));
            i += 5;
        }
        if (i + 8 > n || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':' || !allDigits(s, i, i + 2)
                || !allDigits(s, i + 3, i + 5) || !allDigits(s, i + 6, i + 8)) {
            return -1;
        }
        int hour = Integer.parseInt(s.substring(i, i + 2));
        int minute = Integer.parseInt(s.substring(i + 3, i + 5));
        int second = Integer.parseInt(s.substring(i + 6, i + 8));
        i += 8;
        int nano = 0;
        if (i < n && s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i)) && i - start < 9) {
                nano = nano * 10 + (s.charAt(i++) - '0');
            }
            for (int k = i - start; k < 9; k++) {
                nano *= 10;
            }
        }
        if (i + 4 < n && s.charAt(i) == ' ' && year < 0 && allDigits(s, i + 1, i + 5)
                && (i + 5 == n || s.charAt(i + 5) == ' ')) {
            year = Integer.parseInt(s.substring(i + 1, i + 5)); // "Mmm dd hh:mm:ss yyyy"
            i += 5;
        }
        if (i < n && s.charAt(i) == ':') {
            i++; // Cisco ends its timestamp with a colon
        }
        try {
            ZonedDateTime received = ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(0, receivedNanos), zone);
            int y = year >= 0 ? year : received.getYear();
            ZonedDateTime t = ZonedDateTime.of(y, month, day, hour, minute, second, nano, zone);
            // Without a year, a time far in the future is from last year (December logs read in January).
            if (year < 0 && t.isAfter(received.plusDays(2))) {
                t = t.minusYears(1);
            }
            h.timeNanos = nanos(t);
        } catch (DateTimeException e) {
            return -1;
        }
        return i;
    }

    private static void parseHostAndTag(String s, int i, SyslogHeader h) {
        int n = s.length();
        int sp = s.indexOf(' ', i);
        String first = sp < 0 ? s.substring(i) : s.substring(i, sp);
        if (!first.isEmpty() && !first.endsWith(":") && sp > 0) {
            h.hostname = first;
            i = skipSpaces(s, sp);
            sp = s.indexOf(' ', i);
        }
        String tag = sp < 0 ? s.substring(i) : s.substring(i, sp);
        if (isTag(tag)) {
            int bracket = tag.indexOf('[');
            if (bracket > 0) {
                h.appName = tag.substring(0, bracket);
                h.procId = tag.substring(bracket + 1, tag.indexOf(']'));
            } else {
                h.appName = tag.substring(0, tag.length() - 1);
            }
            i = sp < 0 ? n : sp + 1;
        }
        h.bodyStart = Math.min(i, n);
    }

    /** A syslog TAG: {@code app:} or {@code app[pid]:}, app of at most 48 name characters. */
    private static boolean isTag(String t) {
        int n = t.length();
        if (n < 2 || t.charAt(n - 1) != ':') {
            return false;
        }
        int end = n - 1;
        int bracket = t.indexOf('[');
        if (bracket >= 0) {
            if (bracket == 0 || t.charAt(n - 2) != ']' || bracket > n - 4) {
                return false;
            }
            end = bracket;
        }
        if (end > 48) {
            return false;
        }
        for (int k = 0; k < end; k++) {
            char c = t.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == '@')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String nil(String token) {
        return "-".equals(token) ? null : token;
    }

    private static long nanos(ZonedDateTime t) {
        return t.toEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
